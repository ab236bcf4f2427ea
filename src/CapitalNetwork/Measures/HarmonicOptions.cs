using System.Text.Json;
namespace CapitalNetwork.Measures;

/// <summary>Options of <see cref="Centrality.Harmonic"/>: NetworkX's conventions by default (incoming distances, unscaled, hops).</summary>
public sealed record HarmonicOptions : PathCentralityOptions
{
    /// <summary>NetworkX's defaults: incoming distances, hops, unscaled.</summary>
    public static HarmonicOptions Default { get; } = new();

    /// <summary>
    /// Gephi's harmonic closeness: outgoing distances, hops, divided by the number of reachable nodes
    /// (<see cref="HarmonicScale.Reachable"/>). Equals NetworkX <c>harmonic_centrality(G.reverse())[u] / r(u)</c>.
    /// </summary>
    public static HarmonicOptions Gephi { get; } = new() { Direction = PathDirection.Outgoing, Scale = HarmonicScale.Reachable };

    /// <summary>Directed networks: incoming (default) or outgoing distances. Ignored by the undirected view.</summary>
    public PathDirection Direction { get; init; } = PathDirection.Incoming;

    /// <summary>Scaling (default none).</summary>
    public HarmonicScale Scale { get; init; } = HarmonicScale.None;

    /// <inheritdoc />
    public override string ToString() =>
        $"harmonic({Describe()}{(Directed ? ", " + JsonNamingPolicy.SnakeCaseLower.ConvertName(Direction.ToString()) : "")}{(Scale == HarmonicScale.None ? "" : ", scale=" + JsonNamingPolicy.SnakeCaseLower.ConvertName(Scale.ToString()))})";
}
