using System.Text.Json;
using CapitalNetwork.Measures.Fitting;

namespace CapitalNetwork.Measures;

public static partial class CorePeriphery
{
    /// <summary>
    /// Borgatti–Everett continuous core/periphery model (Borgatti &amp; Everett 2000, doi:10.1016/S0378-8733(99)00019-2):
    /// a coreness c_i ≥ 0 per node such that the ideal pattern δ_ij = c_i c_j matches the observed ties a_ij over the
    /// cells (unordered pairs i &lt; j in the undirected view, ordered pairs i ≠ j in the directed view; the diagonal and
    /// self-loops never count). Default view: undirected simple binary (see <see cref="NetworkView"/>).
    /// <para>Objective and algorithm: by default MINRES, min Σ_cells (a_ij − c_i c_j)² (Boyd, Fitzgerald, Mahutga &amp;
    /// Smith 2010, Social Networks 32(2):125–137, doi:10.1016/j.socnet.2009.09.003), solved by Gauss–Seidel alternating
    /// least squares c_i ← Σ_j a_ij c_j / Σ_{j≠i} c_j² from c ∝ √strength, O(m) per sweep — the fit reported is the
    /// Pearson correlation ρ(a, ccᵀ) at that c. With <see cref="ContinuousCorenessObjective.Correlation"/>, ρ itself is
    /// maximised by projected gradient ascent (closed-form gradient, Barzilai–Borwein steps, Armijo backtracking,
    /// c ≥ 0) from the MINRES solution and from <see cref="ContinuousCorenessOptions.Starts"/> seeded random starts,
    /// O(n + m) per iteration; beware that its supremum can be a degenerate, nearly constant c (see the enum). Coreness
    /// is scaled to max 1.</para>
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="ContinuousCorenessOptions.Default"/>.</param>
    /// <returns>The coreness (measure <c>be_coreness(view=…,objective=…)</c>) and the fit.</returns>
    public static ContinuousCoreness BorgattiEverettContinuous(FlowNetwork network, ContinuousCorenessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= ContinuousCorenessOptions.Default;
        ArgumentNullException.ThrowIfNull(options.View, nameof(options.View));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIterations, 1, nameof(options.MaxIterations));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Starts, nameof(options.Starts));
        var fit = new ContinuousFit(CompactGraph.FromNetwork(network, options.View));
        var c = fit.Minres(options.MaxIterations, options.Tolerance);
        var minresFit = fit.Correlation(c, null);
        var (iterations, converged) = (fit.Iterations, fit.Converged);
        var r = minresFit;
        if (options.Objective == ContinuousCorenessObjective.Correlation && !double.IsNaN(minresFit))
        {
            (c, r) = fit.MaximizeCorrelation(c, options.MaxIterations, options.Tolerance, options.Starts, options.Seed);
            iterations += fit.Iterations;
            converged &= fit.Converged;
        }
        var max = c.Length == 0 ? 0 : c.Max();
        var values = c.Select(x => max > 0 ? x / max : 0.0);
        var name = $"be_coreness(view={options.View},objective={JsonNamingPolicy.SnakeCaseLower.ConvertName(options.Objective.ToString())})";
        return new ContinuousCoreness(new NodeValues(network, name, values), r, minresFit, iterations, converged, options);
    }
}
