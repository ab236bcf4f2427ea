using System.Text;

namespace CapitalNetwork;

/// <summary>Options of <see cref="FilingsReader"/>; change with <c>with</c>.</summary>
public sealed record FilingsReadOptions
{
    /// <summary>Default options: encoding and delimiter detected, 10,000 diagnostics kept, 100,000-character field limit.</summary>
    public static FilingsReadOptions Default { get; } = new();

    /// <summary>The file's encoding, or <c>null</c> to detect it: a BOM (UTF-8, UTF-16, UTF-32) decides; otherwise the first
    /// 64 KiB are tested as strict UTF-8, and GB18030 (a superset of GBK/GB2312, what Excel in China writes) is used when that fails.
    /// A given encoding is trusted: bytes it cannot decode become U+FFFD and their rows are reported as
    /// <see cref="DiagnosticCode.BadEncoding"/> (a GB18030 file given as UTF-8); text that decodes into the wrong characters
    /// (a UTF-8 file given as GB18030) usually fails as unknown places or, in a Chinese header, as a missing column.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The field delimiter, or <c>null</c> to pick the most frequent of comma, tab and semicolon in the header line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>How many diagnostics are kept in memory (≥ 0); the rest are counted only (<see cref="IngestReport.DiagnosticsDropped"/>,
    /// <see cref="IngestReport.CountsByCode"/> counts them all).</summary>
    public int MaxDiagnostics { get; init; } = 10_000;

    /// <summary>Longest field accepted, in characters (≥ 1); a longer field makes its row malformed (protects against broken
    /// quotes). It also bounds a line: a line longer than 4 × this many UTF-8 bytes (at least 4,096) is cut there before it
    /// is parsed, its row is reported malformed, and reading goes on with the next line, so memory stays O(this limit)
    /// whatever the input.</summary>
    public int MaxFieldLength { get; init; } = 100_000;

    /// <summary>Whether a quoted field may span lines (RFC 4180). Off by default: real filings have no line breaks inside
    /// fields, and with this off one unbalanced quote costs one row instead of swallowing the rest of the file. When on, an
    /// unclosed quote runs to the end of the input (one malformed row), and a record spanning lines that grows past the line
    /// limit stops the reading with a malformed-row diagnostic (the rest of the file is not used).</summary>
    public bool AllowLineBreaksInQuotes { get; init; }

    /// <summary>When true, the first rejected row throws <see cref="FilingsFormatException"/> instead of being reported.</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The unit of the capital column when it is known from outside the file; <c>null</c> (default) reads it from the
    /// header (<c>认缴出资额（万元）</c> → 万元; no unit → yuan, with a <see cref="DiagnosticCode.CapitalUnitUnclear"/>
    /// warning when the amounts look like 万元). Amounts that carry their own unit (<c>500万</c>, <c>1.5亿</c>) keep it.
    /// </summary>
    public CapitalUnit? CapitalUnit { get; init; }

    /// <summary>What to do with a partner that has neither a place nor a credit code (default
    /// <see cref="UnplacedPartners.LeaveOut"/>).</summary>
    public UnplacedPartners PartnersWithoutPlace { get; init; } = UnplacedPartners.LeaveOut;

    /// <summary>For an .xlsx or .xls workbook, the name of the sheet to read (exact, case-sensitive); <c>null</c> (default)
    /// reads the first sheet. A name the workbook lacks fails with the list of its sheets. Ignored for text files.</summary>
    public string? Sheet { get; init; }

    /// <summary>Columns mapped by hand: canonical column → the header text that names it in this file (matched like the
    /// built-in names: NFKC, white space removed, case ignored). A hand mapping wins over the built-in names
    /// (<see cref="FilingsSchema.Synonyms"/>), settles an ambiguous header (<see cref="FilingsSchema.Ambiguous"/>), and a
    /// header it names that the file does not have fails with the headers seen. <c>capnet --column canonical=header</c>.
    /// <c>null</c> or empty: the built-in names only.</summary>
    public IReadOnlyDictionary<FilingColumn, string>? Columns { get; init; }

}
