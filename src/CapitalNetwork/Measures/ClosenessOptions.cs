using System.Text.Json;
namespace CapitalNetwork.Measures;

/// <summary>Options of <see cref="Centrality.Closeness"/>: NetworkX's conventions by default (incoming distances, Wasserman–Faust scale, hops).</summary>
public sealed record ClosenessOptions : PathCentralityOptions
{
    /// <summary>NetworkX's defaults: incoming distances, hops, <see cref="ClosenessScale.WassermanFaust"/>.</summary>
    public static ClosenessOptions Default { get; } = new();

    /// <summary>
    /// Gephi's closeness: outgoing distances, hops, r / S over reachable nodes only (<see cref="ClosenessScale.ReachableOnly"/>).
    /// Equals NetworkX <c>closeness_centrality(G.reverse(), wf_improved=False)</c>.
    /// </summary>
    public static ClosenessOptions Gephi { get; } = new() { Direction = PathDirection.Outgoing, Scale = ClosenessScale.ReachableOnly };

    /// <summary>Directed networks: sum incoming (default) or outgoing distances. Ignored by the undirected view.</summary>
    public PathDirection Direction { get; init; } = PathDirection.Incoming;

    /// <summary>Normalisation (default <see cref="ClosenessScale.WassermanFaust"/>).</summary>
    public ClosenessScale Scale { get; init; } = ClosenessScale.WassermanFaust;

    /// <inheritdoc />
    public override string ToString() =>
        $"closeness({Describe()}{(Directed ? ", " + JsonNamingPolicy.SnakeCaseLower.ConvertName(Direction.ToString()) : "")}, scale={JsonNamingPolicy.SnakeCaseLower.ConvertName(Scale.ToString())})";
}
