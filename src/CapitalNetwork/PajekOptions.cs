namespace CapitalNetwork;

/// <summary>Options of <see cref="PajekWriter"/>. Immutable; change with <c>with</c>.</summary>
public sealed record PajekOptions
{
    /// <summary>The defaults: funds as arc values, labels as vertex names, self-loops and coordinates written.</summary>
    public static PajekOptions Default { get; } = new();

    /// <summary>The weight written as each arc's value (default <see cref="EdgeWeight.Funds"/>). A Pajek arc has one value.</summary>
    public EdgeWeight Weight { get; init; } = EdgeWeight.Funds;

    /// <summary>What goes into each vertex's quoted label (default <see cref="VertexNames.Labels"/>).</summary>
    public VertexNames Names { get; init; } = VertexNames.Labels;

    /// <summary>Whether self-loops (local capital) are written as arcs i i (default true; Pajek draws them as loops).</summary>
    public bool IncludeSelfLoops { get; init; } = true;

    /// <summary>Whether a city network's vertices carry x y z coordinates from their longitude and latitude (default true;
    /// see <see cref="PajekWriter"/>). Other networks never do: Pajek lays them out itself.</summary>
    public bool Coordinates { get; init; } = true;

    /// <summary>The text of the <c>*Network</c> line, or <c>null</c> (the default) for none.</summary>
    public string? NetworkName { get; init; }
}
