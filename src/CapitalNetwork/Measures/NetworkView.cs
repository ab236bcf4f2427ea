using System.Text.Json;

namespace CapitalNetwork.Measures;

/// <summary>
/// Which graph a core–periphery measure sees. Self-loops (local capital) are always dropped: every model here is
/// about ties between different cities.
/// <list type="bullet">
/// <item><b>Undirected</b> (<see cref="Directed"/> = false, the default): direction is ignored and a reciprocal pair
/// i → j, j → i is one edge. Binary: that edge has value 1. Weighted: its value is w_ij + w_ji (the two directions
/// are summed — not one of them kept, as NetworkX's <c>to_undirected()</c> does).</item>
/// <item><b>Directed</b>: every ordered pair i ≠ j with a flow is an arc of value 1 (binary) or w_ij (weighted).</item>
/// </list>
/// </summary>
/// <remarks>Change with <c>with</c>: <c>NetworkView.UndirectedBinary with { Weight = EdgeWeight.Capital }</c>.</remarks>
public sealed record NetworkView
{
    /// <summary>True for the directed view (ordered pairs); false for the undirected view (unordered pairs).</summary>
    public bool Directed { get; init; }

    /// <summary>The weight used as the tie value, or <c>null</c> for binary ties (weights ignored).</summary>
    public EdgeWeight? Weight { get; init; }

    /// <summary>The undirected simple binary view: direction ignored, reciprocal pair = one edge, self-loops dropped,
    /// weights ignored. The default of <c>coreness</c>, the Borgatti–Everett models and the rich club.</summary>
    public static NetworkView UndirectedBinary { get; } = new();

    /// <summary>The directed binary view: arcs i → j (i ≠ j) of value 1.</summary>
    public static NetworkView DirectedBinary { get; } = new() { Directed = true };

    /// <summary>The undirected weighted view: one edge per unordered pair with value w_ij + w_ji.</summary>
    /// <param name="weight">Which weight.</param>
    /// <returns>The view.</returns>
    public static NetworkView UndirectedWeighted(EdgeWeight weight) => new() { Weight = weight };

    /// <summary>The directed weighted view: arcs i → j (i ≠ j) of value w_ij.</summary>
    /// <param name="weight">Which weight.</param>
    /// <returns>The view.</returns>
    public static NetworkView DirectedWeighted(EdgeWeight weight) => new() { Directed = true, Weight = weight };

    /// <summary>A short name such as <c>undirected_binary</c> or <c>directed_weighted(funds)</c>, used in result names.</summary>
    /// <returns>The name.</returns>
    public override string ToString() =>
        (Directed ? "directed_" : "undirected_") +
        (Weight is { } w ? $"weighted({JsonNamingPolicy.SnakeCaseLower.ConvertName(w.ToString())})" : "binary");
}
