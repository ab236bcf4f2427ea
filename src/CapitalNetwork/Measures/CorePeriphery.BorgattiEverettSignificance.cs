using CapitalNetwork.Measures.Fitting;
using CapitalNetwork.Measures.NullModels;

namespace CapitalNetwork.Measures;

public static partial class CorePeriphery
{
    /// <summary>
    /// Fits the Borgatti–Everett discrete model and tests it: see
    /// <see cref="BorgattiEverettTest(CorePeripheryPartition, PermutationTestOptions?)"/>.
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Model options, or <c>null</c> for the defaults.</param>
    /// <param name="test">Test options, or <c>null</c> for <see cref="PermutationTestOptions.Default"/>.</param>
    /// <returns>The observed partition, the null distribution and the p-value.</returns>
    public static CorePeripherySignificance BorgattiEverettTest(FlowNetwork network, BorgattiEverettOptions? options = null, PermutationTestOptions? test = null) =>
        BorgattiEverettTest(BorgattiEverett(network, options), test);

    /// <summary>
    /// Seeded permutation test of a Borgatti–Everett partition: is its fit ρ higher than in null samples?
    /// <para><b>Fitted partition</b> (exhaustive or heuristic): each of the P null graphs is drawn from
    /// <see cref="PermutationTestOptions.NullModel"/> (default degree-preserving rewiring; or G(n, m)) on the same view,
    /// and the model is <i>re-fitted</i> on it with the same options, so the null distribution is that of the optimised
    /// fit (testing the optimum against un-optimised nulls would be biased). <b>Given partition</b>: label permutation
    /// by default (QAP: a random core of the same size on the same graph, Borgatti &amp; Everett 2000), or the given
    /// partition evaluated on rewired / G(n, m) graphs.</para>
    /// <para>p = (1 + #{null ≥ observed}) / (1 + P); the null distribution's mean, sd and quantiles are reported.
    /// Null sample k draws from its own seeded stream (xoshiro256**, seed and k), so the answer does not depend on the
    /// number of threads or the .NET version. Cost: P × (Q·m swaps + one fit), run in parallel.</para>
    /// </summary>
    /// <param name="observed">A partition from <see cref="BorgattiEverett(FlowNetwork, BorgattiEverettOptions?)"/> or
    /// <see cref="BorgattiEverettFit(FlowNetwork, IEnumerable{int}, BorgattiEverettOptions?)"/>.</param>
    /// <param name="test">Test options, or <c>null</c> for <see cref="PermutationTestOptions.Default"/>.</param>
    /// <returns>The observed partition, the null distribution and the p-value.</returns>
    /// <exception cref="ArgumentException">Label permutation was asked for a fitted partition.</exception>
    public static CorePeripherySignificance BorgattiEverettTest(CorePeripheryPartition observed, PermutationTestOptions? test = null)
    {
        ArgumentNullException.ThrowIfNull(observed);
        test ??= PermutationTestOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(test.Permutations, 1, nameof(test.Permutations));
        ArgumentOutOfRangeException.ThrowIfNegative(test.SwapsPerEdge, nameof(test.SwapsPerEdge));
        var given = observed.Search == CorePeripherySearch.Given;
        var model = test.NullModel ?? (given ? CorePeripheryNullModel.LabelPermutation : CorePeripheryNullModel.DegreePreserving);
        if (model == CorePeripheryNullModel.LabelPermutation && !given)
            throw new ArgumentException("Label permutation cannot test a fitted partition: the fit is the optimum over all labellings. Use DegreePreserving or ErdosRenyi.", nameof(test));
        var options = observed.Options;
        var g = CompactGraph.FromNetwork(observed.Network, options.View);
        var observedCore = observed.IsCore.ToArray();
        var nulls = new double[test.Permutations];
        // fixed workers, each with one sampler and buffers, taking samples k = w, w + W, w + 2W, …; sample k draws only
        // from stream (seed, k), so the result does not depend on W
        var workers = Math.Max(1, Math.Min(test.Permutations,
            test.MaxDegreeOfParallelism > 0 ? test.MaxDegreeOfParallelism : Environment.ProcessorCount));
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var sampler = new RewiringSampler(g);
            var labels = new Optimizer(g, options.Block);
            var order = new int[g.NodeCount];
            var flags = new bool[g.NodeCount];
            for (var k = w; k < test.Permutations; k += workers)
            {
                var rng = RngStreams.Create(test.Seed, (ulong)k);
                if (model == CorePeripheryNullModel.LabelPermutation)
                {
                    for (var i = 0; i < order.Length; i++) order[i] = i;
                    RngStreams.Shuffle(ref rng, order);
                    Array.Clear(flags);
                    for (var i = 0; i < observed.CoreSize; i++) flags[order[i]] = true;
                    labels.Reset(flags);
                    nulls[k] = labels.CurrentFit;
                    continue;
                }
                var h = model == CorePeripheryNullModel.ErdosRenyi ? sampler.ErdosRenyi(ref rng) : sampler.DegreePreserving(ref rng, test.SwapsPerEdge);
                var opt = new Optimizer(h, options.Block);
                if (given) opt.Reset(observedCore);
                else Solve(opt, h.NodeCount, options, rng.NextUInt64());
                nulls[k] = opt.CurrentFit;
            }
        });
        var obs = observed.Fit;
        double p;
        if (double.IsNaN(obs)) p = double.NaN;
        else
        {
            var tol = 1e-12 * Math.Max(1, Math.Abs(obs));
            var exceed = nulls.Count(x => double.IsNaN(x) || x >= obs - tol);
            p = (1.0 + exceed) / (1.0 + test.Permutations);
        }
        return new CorePeripherySignificance(observed, new NullDistribution(nulls), p, model, test);
    }
}
