using CapitalNetwork.Graph;
using CapitalNetwork.Measures.Centrality;

namespace CapitalNetwork.Tests.Measures.Centrality;

using Centrality = CapitalNetwork.Measures.Centrality.Centrality;

/// <summary>
/// Results are bit-for-bit identical whatever the number of threads (1, 2, 3, 8): sources and matrix rows are cut into
/// chunks fixed by the problem size and partial sums are added in chunk order. No reference tool involved: the
/// expected value is the single-threaded run.
/// </summary>
public class CentralityDeterminismTests
{
    private static readonly int[] Threads = [1, 2, 3, 8];

    private static readonly Lazy<FlowNetwork> CityNetwork = new(() =>
        global::CapitalNetwork.Graph.CityNetwork.FromFilings(Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv")).Network);

    /// <summary>3,000 nodes and 60,000 edges (seeded System.Random): large enough that matrix products use 3 chunks.</summary>
    private static readonly Lazy<FlowNetwork> Large = new(() =>
    {
        var rng = new Random(7);
        var b = new FlowNetworkBuilder();
        for (var i = 0; i < 3000; i++) b.AddNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var e = 0; e < 60_000; e++)
        {
            var s = (int)(3000 * Math.Pow(rng.NextDouble(), 2));
            var t = rng.Next(3000);
            var w = 1 + rng.Next(9);
            b.AddFlow(s, t, w, w * 2, w * 1e6);
        }
        return b.Build();
    });

    private static void Same(Func<int, IEnumerable<double>> compute)
    {
        var reference = compute(1).ToArray();
        Assert.Contains(reference, x => x != 0);
        foreach (var t in Threads.Skip(1)) Assert.Equal(reference, compute(t).ToArray());
    }

    [Fact]
    public void Path_measures_on_the_city_network()
    {
        var net = CityNetwork.Value;
        Same(t => Centrality.Betweenness(net, new() { MaxDegreeOfParallelism = t }).Values.Values);
        Same(t => Centrality.Betweenness(net, new() { MaxDegreeOfParallelism = t, Distance = EdgeDistance.InverseWeight, Weight = EdgeWeight.Capital }).Values.Values);
        Same(t => Centrality.Betweenness(net, new() { MaxDegreeOfParallelism = t, Directed = false, Distance = EdgeDistance.InverseWeight }).Values.Values);
        Same(t => Centrality.Closeness(net, new() { MaxDegreeOfParallelism = t }).Values.Values);
        Same(t => Centrality.Closeness(net, new() { MaxDegreeOfParallelism = t, Distance = EdgeDistance.InverseWeight }).Values.Values);
        Same(t => Centrality.Harmonic(net, new() { MaxDegreeOfParallelism = t, Direction = PathDirection.Outgoing }).Values.Values);
    }

    [Fact]
    public void Iterative_measures_on_a_larger_graph()
    {
        // Matrices under CentralityMatrix.ParallelEntries run their chunks on one thread; lower the threshold so that
        // the 3 chunks of this matrix really run in parallel (values never depend on it, so other tests are unaffected).
        var threshold = global::CapitalNetwork.Internals.CentralityMatrix.ParallelEntries;
        global::CapitalNetwork.Internals.CentralityMatrix.ParallelEntries = 0;
        try
        {
            IterativeMeasures();
        }
        finally
        {
            global::CapitalNetwork.Internals.CentralityMatrix.ParallelEntries = threshold;
        }
    }

    [Fact]
    public void Iterative_measures_on_a_larger_graph_with_the_default_threshold() => IterativeMeasures();

    private static void IterativeMeasures()
    {
        var net = Large.Value;
        Same(t => Centrality.PageRank(net, new() { MaxDegreeOfParallelism = t }).Values.Values);
        Same(t => Centrality.Eigenvector(net, new() { MaxDegreeOfParallelism = t, Weight = EdgeWeight.Capital }).Values.Values);
        Same(t => Centrality.Katz(net, new() { MaxDegreeOfParallelism = t, Alpha = 0.01 }).Values.Values);
        Same(t => Centrality.Hits(net, new() { MaxDegreeOfParallelism = t }).Hubs.Values);
        Same(t => Centrality.Hits(net, new() { MaxDegreeOfParallelism = t }).Authorities.Values);
    }
}
