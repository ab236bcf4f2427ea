using System.Text;

namespace CapitalNetwork.Filings;

/// <summary>Options of <see cref="FilingsReader"/>; change with <c>with</c>.</summary>
public sealed record FilingsReadOptions
{
    /// <summary>Default options: encoding and delimiter detected, 10,000 diagnostics kept, 100,000-character field limit.</summary>
    public static FilingsReadOptions Default { get; } = new();

    /// <summary>The file's encoding, or <c>null</c> to detect it: a BOM (UTF-8, UTF-16) decides; otherwise the first
    /// 64 KiB are tested as strict UTF-8, and GB18030 (a superset of GBK/GB2312, what Excel in China writes) is used when that fails.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The field delimiter, or <c>null</c> to pick the most frequent of comma, tab and semicolon in the header line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>How many diagnostics are kept in memory; the rest are counted only (<see cref="IngestReport.DiagnosticsDropped"/>).</summary>
    public int MaxDiagnostics { get; init; } = 10_000;

    /// <summary>Longest field accepted, in characters; a longer field makes its row malformed (protects against broken quotes).</summary>
    public int MaxFieldLength { get; init; } = 100_000;

    /// <summary>Whether a quoted field may span lines (RFC 4180). Off by default: real filings have no line breaks inside
    /// fields, and with this off one unbalanced quote costs one row instead of swallowing the rest of the file.</summary>
    public bool AllowLineBreaksInQuotes { get; init; }

    /// <summary>When true, the first rejected row throws <see cref="FilingsFormatException"/> instead of being reported.</summary>
    public bool Strict { get; init; }
}
