using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// Centrality keys of <c>capnet measures</c>, with NetworkX's conventions and defaults: betweenness normalized;
/// closeness over incoming distances with the Wasserman–Faust correction; harmonic unscaled over incoming distances;
/// weighted path measures use distance = 1/weight of <c>--weight</c>; PageRank α = 0.85 weighted; eigenvector (in-edges,
/// unit norm) and HITS (Σ = 1, one run for both keys) weighted and converged tightly (tolerance 1e-13); Katz α = 0.1
/// (<c>--katz-alpha</c>), β = 1, unweighted, unit norm. These five count self-loops (local capital) as NetworkX does
/// unless <c>--self-loops drop</c>; the command says on stderr which was used. Undefined results (eigenvector or HITS without a unique answer,
/// a diverging Katz series) are written as null, and why goes to stderr.
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
        new("pagerank", (n, c) => Iterative("pagerank", c, Centrality.PageRank(n, new() { Weight = c.Weight, SelfLoops = c.SelfLoops }))),
        new("eigenvector", (n, c) => Iterative("eigenvector", c, Centrality.Eigenvector(n, new() { Weight = c.Weight, SelfLoops = c.SelfLoops }))),
        new("hub", (n, c) => HitsVector("hub", n, c, h => h.Hubs)),
        new("authority", (n, c) => HitsVector("authority", n, c, h => h.Authorities)),
        new("katz", (n, c) => Iterative("katz", c, Centrality.Katz(n, new() { Alpha = c.KatzAlpha, SelfLoops = c.SelfLoops }))),
    ];

    private static NodeValues Iterative<T>(string key, MeasureContext c, IterativeCentralityResult<T> result) where T : class =>
        c.Defined(key, result.Values, result.UndefinedReason);

    /// <summary>One vector of the HITS run <c>hub</c> and <c>authority</c> share (it depends on the weight only).</summary>
    private static NodeValues HitsVector(string key, FlowNetwork network, MeasureContext c, Func<HitsResult, NodeValues> pick)
    {
        var hits = Memo(network, ("hits", c.Weight, c.SelfLoops), () => Centrality.Hits(network, new() { Weight = c.Weight, SelfLoops = c.SelfLoops }));
        return c.Defined(key, pick(hits), hits.UndefinedReason);
    }
}
