using System.Collections.Immutable;
using CapitalNetwork.Measures.Regression;
using MathNet.Numerics;

namespace CapitalNetwork.Measures;

/// <summary>
/// The gravity model of flows between nodes, estimated by Poisson pseudo-maximum likelihood (PPML), which keeps zero
/// flows and is consistent under heteroskedasticity (Santos Silva and Tenreyro 2006).
/// </summary>
public static partial class Gravity
{
    /// <summary>
    /// PPML: E[F_ij] = exp(α_i + δ_j + Σ β_k X_k,ij) with origin and destination fixed effects (structural gravity; the
    /// first kept destination is the reference), or, with <see cref="GravityOptions.Masses"/>,
    /// exp(β₀ + Σ γ ln M + Σ β_k X_k,ij). Zero flows stay in. Estimated by IRLS (Newton on the Poisson likelihood) with
    /// the origin effects eliminated from each step (a Cholesky of destinations + predictors), started at
    /// μ = (F + mean F)/2 as statsmodels' GLM; standard errors are robust (Eicker–Huber–White, HC0:
    /// H⁻¹(Σ (F − μ̂)² x xᵀ)H⁻¹, statsmodels <c>GLM(…, Poisson()).fit(cov_type="HC0")</c>), z = β/se, p = 2(1 − Φ(|z|)).
    /// A fixed effect whose flows are all zero is not identified (its estimate tends to −∞): that origin or destination is
    /// dropped with its dyads and listed (ppmlhdfe's rule, Correia, Guimarães and Zylkin 2020). The diagonal is left out
    /// unless <see cref="GravityOptions.IncludeDiagonal"/>, which adds a <c>local</c> indicator. Nodes with a missing (NaN)
    /// predictor cell are left out. O(iterations · (N·k² + n·(n + k)²)).
    /// </summary>
    /// <remarks>Santos Silva, J. M. C. and Tenreyro, S. (2006), The log of gravity, Review of Economics and Statistics
    /// 88(4):641–658, doi:10.1162/rest.88.4.641. Correia, S., Guimarães, P. and Zylkin, T. (2020), Fast Poisson estimation with
    /// high-dimensional fixed effects, Stata Journal 20(1):95–115, doi:10.1177/1536867X20909691.</remarks>
    /// <param name="flows">F: non-negative flows, e.g. <see cref="DyadMatrix.FromNetwork"/>.</param>
    /// <param name="predictors">Dyad predictors (e.g. <see cref="DyadMatrix.Distance"/> with logarithm), over the same nodes.</param>
    /// <param name="options">Fixed effects or masses, diagonal, iterations; <c>null</c> for <see cref="GravityOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the iterations.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">A negative or non-finite flow, a mass of the wrong length, no predictor at all,
    /// collinear predictors (a sender or receiver attribute is absorbed by the fixed effects), or no dyad left.</exception>
    public static GravityResult Ppml(DyadMatrix flows, IReadOnlyList<DyadMatrix> predictors, GravityOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(predictors);
        options ??= GravityOptions.Default;
        if (options.MaxIterations < 1) throw new ArgumentException("MaxIterations must be ≥ 1.", nameof(options));
        if (!(options.Tolerance > 0)) throw new ArgumentException("Tolerance must be > 0.", nameof(options));
        var masses = options.Masses;
        var fixedEffects = masses.IsEmpty;
        if (predictors.Count == 0 && fixedEffects) throw new ArgumentException("A gravity model with fixed effects needs at least one dyad predictor.", nameof(predictors));
        foreach (var m in masses)
            if (m.Values.Length != flows.NodeCount)
                throw new ArgumentException($"The mass '{m.Name}' has {m.Values.Length} values for {flows.NodeCount} nodes.", nameof(options));
        var f = flows.Values;
        for (var c = 0; c < f.Length; c++)
            if (f[c] < 0 || double.IsInfinity(f[c]))
                throw new ArgumentException($"'{flows.Name}' has a negative or infinite flow ({f[c]}) from {flows.NodeIds[c / flows.NodeCount]} to {flows.NodeIds[c % flows.NodeCount]}: PPML needs flows ≥ 0.", nameof(flows));
        var diag = options.IncludeDiagonal;
        var sample = DyadSample.Create([flows, .. predictors], diag);
        var k = sample.Size;
        var y = sample.Matrices[0];
        var xs = sample.Matrices[1..];
        var lnMass = masses.Select(m => sample.Kept.Select(v => m.Values[v] > 0 ? Math.Log(m.Values[v]) : double.NaN).ToArray()).ToArray();

        // which origins and destinations have any flow (over the cells the model may use)
        var outTotal = new double[k];
        var inTotal = new double[k];
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++)
                if (diag || i != j)
                {
                    outTotal[i] += y[(long)i * k + j];
                    inTotal[j] += y[(long)i * k + j];
                }
        var droppedOrigins = new List<string>();
        var droppedDestinations = new List<string>();
        var originIndex = new int[k];
        var destinationIndex = new int[k];
        int origins = 0, destinations = 0, reference = -1;
        for (var v = 0; v < k; v++)
        {
            originIndex[v] = destinationIndex[v] = -1;
            if (!fixedEffects) continue;
            if (outTotal[v] > 0) originIndex[v] = origins++;
            else droppedOrigins.Add(flows.NodeIds[sample.Kept[v]]);
            if (inTotal[v] > 0)
            {
                if (reference < 0) reference = v;
                else destinationIndex[v] = destinations++;
            }
            else droppedDestinations.Add(flows.NodeIds[sample.Kept[v]]);
        }

        var names = new List<string>();
        if (!fixedEffects) names.Add("(intercept)");
        names.AddRange(masses.Select(m => m.Name));
        names.AddRange(predictors.Select(p => p.Name));
        if (diag) names.Add("local");
        var columns = names.Count;
        var obsOrigin = new List<int>();
        var obsDestination = new List<int>();
        var obsY = new List<double>();
        var obsX = Enumerable.Range(0, columns).Select(_ => new List<double>()).ToArray();
        long leftOutDyads = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                if (!diag && i == j) continue;
                if (fixedEffects && (outTotal[i] <= 0 || inTotal[j] <= 0)) continue;
                var ok = true;
                for (var m = 0; m < masses.Length; m++)
                    if (!double.IsFinite(lnMass[m][masses[m].Side == FlowSide.Supplied ? i : j])) ok = false;
                if (!ok)
                {
                    leftOutDyads++;
                    continue;
                }
                var c = (long)i * k + j;
                obsOrigin.Add(originIndex[i]);
                obsDestination.Add(destinationIndex[j]);
                obsY.Add(y[c]);
                var col = 0;
                if (!fixedEffects) obsX[col++].Add(1);
                for (var m = 0; m < masses.Length; m++) obsX[col++].Add(lnMass[m][masses[m].Side == FlowSide.Supplied ? i : j]);
                foreach (var x in xs) obsX[col++].Add(x[c]);
                if (diag) obsX[col].Add(i == j ? 1 : 0);
            }
        }
        if (obsY.Count < columns + origins + destinations)
            throw new ArgumentException($"Only {obsY.Count} dyads are left for {columns + origins + destinations} parameters: the model cannot be estimated.", nameof(flows));
        if (obsY.All(v => v == 0)) throw new ArgumentException($"Every flow of '{flows.Name}' is 0.", nameof(flows));
        var yArr = obsY.ToArray();
        var fit = PoissonFit.Fit([.. obsOrigin], [.. obsDestination], origins, destinations, yArr, obsX.Select(l => l.ToArray()).ToArray(),
            options.MaxIterations, options.Tolerance, cancellationToken);
        var terms = ImmutableArray.CreateBuilder<GravityTerm>(columns);
        for (var c = 0; c < columns; c++)
        {
            var se = Math.Sqrt(fit.Covariance[c, c]);
            var z = fit.Beta[c] / se;
            terms.Add(new GravityTerm(names[c], fit.Beta[c], se, z, SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2))));
        }
        var mean = yArr.Average();
        var nullDeviance = PoissonFit.PoissonDeviance(yArr, Enumerable.Repeat(mean, yArr.Length).ToArray());
        var r = MathNet.Numerics.Statistics.Correlation.Pearson(yArr, fit.Mu);
        return new GravityResult(flows.Name, terms.MoveToImmutable(), yArr.Length, yArr.LongCount(v => v == 0), origins, destinations,
            [.. droppedOrigins], [.. droppedDestinations], [.. sample.LeftOut], leftOutDyads, r * r, fit.Deviance, nullDeviance,
            fit.Iterations, fit.Converged, options);
    }

    /// <summary>
    /// PPML on a network's own flows (<see cref="DyadMatrix.FromNetwork"/> under <paramref name="weight"/>): on a city
    /// network ln great-circle distance (<c>log_distance</c>) comes first, then <paramref name="predictors"/>; on any other
    /// network only <paramref name="predictors"/>. See <see cref="Ppml(DyadMatrix, IReadOnlyList{DyadMatrix}, GravityOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="weight">The flow (funds by default).</param>
    /// <param name="predictors">More dyad predictors, or <c>null</c>.</param>
    /// <param name="options">Options, or <c>null</c>.</param>
    /// <param name="cancellationToken">Stops the iterations.</param>
    /// <returns>The model.</returns>
    public static GravityResult Ppml(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds, IReadOnlyList<DyadMatrix>? predictors = null,
        GravityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        var list = new List<DyadMatrix>();
        if (network.IsCityNetwork) list.Add(DyadMatrix.Distance(network, logarithm: true));
        if (predictors is not null) list.AddRange(predictors);
        return Ppml(DyadMatrix.FromNetwork(network, weight), list, options, cancellationToken);
    }
}
