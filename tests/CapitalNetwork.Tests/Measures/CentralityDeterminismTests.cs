using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;


/// <summary>
/// Results are bit-for-bit identical whatever the number of threads (1, 2, 3, 8): sources and matrix rows are cut into
/// chunks fixed by the problem size and partial sums are added in chunk order. No reference tool involved: the
/// expected value is the single-threaded run.
/// </summary>
public class CentralityDeterminismTests
{
    private static readonly int[] Threads = [1, 2, 3, 8];

    private static readonly Lazy<FlowNetwork> CityNetwork = new(() =>
        global::CapitalNetwork.CityNetwork.FromFilings(Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv")).Network);

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
        // Matrices under the parallel threshold (400,000 entries) run their chunks on one thread; the internal option
        // lowers it for this call only, so that the chunks of this matrix (and HITS's 8 chunk accumulators) really run
        // in parallel.
        IterativeMeasures(parallelEntries: 0);
    }

    [Fact]
    public void Iterative_measures_on_a_larger_graph_with_the_default_threshold() =>
        IterativeMeasures(global::CapitalNetwork.Measures.Spectral.SparseMatrix.DefaultParallelEntries);

    private static void IterativeMeasures(int parallelEntries)
    {
        var net = Large.Value;
        Same(t => Centrality.PageRank(net, new() { MaxDegreeOfParallelism = t, ParallelEntries = parallelEntries }).Values.Values);
        Same(t => Centrality.PageRank(net, new() { MaxDegreeOfParallelism = t, ParallelEntries = parallelEntries, Directed = false }).Values.Values);
        Same(t => Centrality.Eigenvector(net, new() { MaxDegreeOfParallelism = t, ParallelEntries = parallelEntries, Weight = EdgeWeight.Capital }).Values.Values);
        Same(t => Centrality.Katz(net, new() { MaxDegreeOfParallelism = t, ParallelEntries = parallelEntries, Alpha = 0.01 }).Values.Values);
        Same(t => Centrality.Hits(net, new() { MaxDegreeOfParallelism = t, ParallelEntries = parallelEntries }).Hubs.Values);
        Same(t => Centrality.Hits(net, new() { MaxDegreeOfParallelism = t, ParallelEntries = parallelEntries }).Authorities.Values);
        Same(t => Centrality.Hits(net, new() { MaxDegreeOfParallelism = t, ParallelEntries = parallelEntries, Weighted = false, SelfLoops = false }).Authorities.Values);
        // A helper thread sharing the one-pass products (which it does from 65,536 entries by default; this graph has
        // fewer): same bits as one thread, with the columns shared from the network (funds) or transposed (unweighted).
        Same(t => Centrality.Hits(net, new() { MaxDegreeOfParallelism = t, ParallelEntries = parallelEntries, SharedEntries = 0 }).Hubs.Values);
        Same(t => Centrality.Hits(net, new() { MaxDegreeOfParallelism = t, ParallelEntries = parallelEntries, SharedEntries = 0, Weighted = false, SelfLoops = false }).Authorities.Values);
        Same(t => Centrality.Eigenvector(net, new() { MaxDegreeOfParallelism = t, ParallelEntries = parallelEntries, SharedEntries = 0 }).Values.Values);
        Same(t => Centrality.Eigenvector(net, new() { MaxDegreeOfParallelism = t, ParallelEntries = parallelEntries, SharedEntries = 0, Weighted = false, SelfLoops = false }).Values.Values);
    }

    [Fact]
    public void HITS_calls_running_at_once_each_get_the_one_thread_bits()
    {
        // Eight calls in parallel on the pool, each lending itself a helper thread (threshold 0): helpers start late or
        // never when the pool is busy, and each call must still give exactly the one-thread answer.
        var net = Large.Value;
        var reference = Centrality.Hits(net, new() { MaxDegreeOfParallelism = 1 }).Authorities.Values.ToArray();
        var results = new double[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = [.. Centrality.Hits(net, new() { MaxDegreeOfParallelism = 2, SharedEntries = 0 }).Authorities.Values]);
        Assert.All(results, r => Assert.Equal(reference, r));
    }

    [Fact]
    public void The_HITS_product_agrees_across_chunkings()
    {
        // One accumulator (default threshold) and eight (threshold 0) sum each w_j in a different grouping, so the
        // bits may differ, but both are the same converged vector: equal to 1e-12 (the 1e-13 tolerance's scale).
        var net = Large.Value;
        var one = Centrality.Hits(net).Authorities.Values;
        var eight = Centrality.Hits(net, new() { ParallelEntries = 0 }).Authorities.Values;
        for (var v = 0; v < one.Length; v++) Assert.Equal(one[v], eight[v], 1e-12);
    }
}
