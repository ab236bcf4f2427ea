namespace CapitalNetwork;

/// <summary>Options of <see cref="DlWriter"/>. Immutable; change with <c>with</c>.</summary>
public sealed record DlOptions
{
    /// <summary>The defaults: full matrix, funds as values, labels as names, self-loops on the diagonal.</summary>
    public static DlOptions Default { get; } = new();

    /// <summary>The data layout (default <see cref="DlLayout.FullMatrix"/>).</summary>
    public DlLayout Layout { get; init; } = DlLayout.FullMatrix;

    /// <summary>The weight written as each tie's value (default <see cref="EdgeWeight.Funds"/>).</summary>
    public EdgeWeight Weight { get; init; } = EdgeWeight.Funds;

    /// <summary>What goes into <c>LABELS:</c> (default <see cref="VertexNames.Labels"/>; <see cref="VertexNames.Ids"/>
    /// gives ASCII codes, for UCINET versions that read DL files as ANSI text and would garble Chinese names).</summary>
    public VertexNames Names { get; init; } = VertexNames.Labels;

    /// <summary>Whether self-loops (local capital) are written (default true: the matrix diagonal, <c>i i value</c> lines).</summary>
    public bool IncludeSelfLoops { get; init; } = true;
}
