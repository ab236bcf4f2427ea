namespace CapitalNetwork.Measures;

/// <summary>What the Borgatti–Everett continuous model optimises.</summary>
public enum ContinuousCorenessObjective
{
    /// <summary>Least squares, min Σ_cells (a_ij − c_i c_j)² — MINRES (Boyd, Fitzgerald, Mahutga &amp; Smith 2010,
    /// doi:10.1016/j.socnet.2009.09.003), what UCINET's continuous model fits ("C such that CCᵀ is as close as possible
    /// to the data"). Well posed; close to the leading eigenvector. The default.</summary>
    Minres,

    /// <summary>Maximum Pearson correlation ρ(a, ccᵀ), Borgatti &amp; Everett's fit itself, by multi-start projected
    /// gradient ascent. Caution: the supremum may not be attained — with c = 1 + εv, ccᵀ correlates like the
    /// additive pattern v_i + v_j as ε → 0, which can beat every product pattern (it does on the binary karate club):
    /// then the ascent drifts towards a nearly constant coreness that says little. Use it to know the best attainable
    /// fit; read coreness from <see cref="Minres"/>.</summary>
    Correlation,
}
