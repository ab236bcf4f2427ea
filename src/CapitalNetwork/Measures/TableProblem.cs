namespace CapitalNetwork.Measures;

/// <summary>A row of an <see cref="IndicatorTable"/> that was not used, with where and why.</summary>
/// <param name="Line">1-based line of the file (the header is line 1).</param>
/// <param name="Column">The column concerned, or <c>null</c> for the whole row.</param>
/// <param name="Raw">The text found.</param>
/// <param name="Reason">Reason code: <c>empty_value</c>, <c>not_a_number</c>, <c>negative_value</c>, <c>empty_group</c>, <c>malformed_row</c>.</param>
public sealed record TableProblem(long Line, string? Column, string Raw, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}{(Column is null ? "" : $", column '{Column}'")}: {Reason} '{Raw}'";
}
