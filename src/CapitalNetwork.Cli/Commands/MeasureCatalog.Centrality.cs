using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// Centrality keys of <c>capnet measures</c>, with NetworkX's conventions and defaults: betweenness normalized;
/// closeness over incoming distances with the Wasserman–Faust correction; harmonic unscaled over incoming distances;
/// weighted path measures use distance = 1/weight of <c>--weight</c>; PageRank α = 0.85 weighted; eigenvector (in-edges,
/// unit norm) and HITS (Σ = 1) weighted and converged tightly (tolerance 1e-13); Katz α = 0.1, β = 1, unweighted, unit
/// norm. Undefined results (eigenvector or HITS without a unique answer, a diverging Katz series) are written as null.
/// </summary>
internal static partial class MeasureCatalog
{
    private static readonly NodeMeasure[] CentralityNode =
    [
        new("betweenness", (n, _) => Centrality.Betweenness(n).Values),
        new("betweenness_weighted", (n, c) => Centrality.Betweenness(n, new() { Distance = EdgeDistance.InverseWeight, Weight = c.Weight }).Values),
        new("closeness", (n, _) => Centrality.Closeness(n).Values),
        new("closeness_weighted", (n, c) => Centrality.Closeness(n, new() { Distance = EdgeDistance.InverseWeight, Weight = c.Weight }).Values),
        new("harmonic", (n, _) => Centrality.Harmonic(n).Values),
        new("harmonic_weighted", (n, c) => Centrality.Harmonic(n, new() { Distance = EdgeDistance.InverseWeight, Weight = c.Weight }).Values),
        new("pagerank", (n, c) => Centrality.PageRank(n, new() { Weight = c.Weight }).Values),
        new("eigenvector", (n, c) => Centrality.Eigenvector(n, new() { Weight = c.Weight }).Values),
        new("hub", (n, c) => Centrality.Hits(n, new() { Weight = c.Weight }).Hubs),
        new("authority", (n, c) => Centrality.Hits(n, new() { Weight = c.Weight }).Authorities),
        new("katz", (n, _) => Centrality.Katz(n).Values),
    ];
}
