using System.Text.Json;
namespace CapitalNetwork;

/// <summary>
/// One problem found in an input file: where (file, line, column), what (the raw text), why (a stable
/// <see cref="DiagnosticCode"/> and an English message) and what it cost (<see cref="Severity"/>).
/// </summary>
/// <param name="File">The file name as given to the reader.</param>
/// <param name="Line">1-based line on which the row starts (the header is line 1).</param>
/// <param name="Column">The column's header text, or <c>null</c> when the problem concerns the whole row.</param>
/// <param name="RawText">The offending field, or the raw row (truncated to 500 characters).</param>
/// <param name="Code">The reason code.</param>
/// <param name="Message">A human-readable explanation.</param>
/// <param name="Severity">Whether the row was rejected or only warned about.</param>
public sealed record Diagnostic(string File, long Line, string? Column, string RawText, DiagnosticCode Code, string Message, DiagnosticSeverity Severity)
{
    /// <summary>The reason code in snake_case, as written to diagnostics files (e.g. <c>unknown_place</c>).</summary>
    public string CodeName => JsonNamingPolicy.SnakeCaseLower.ConvertName(Code.ToString());

    /// <inheritdoc />
    public override string ToString() =>
        $"{File}:{Line}{(Column is null ? "" : $" [{Column}]")}: {CodeName}: {Message} — \"{RawText}\"";
}
