namespace CapitalNetwork.Measures;

/// <summary>
/// One group's part of a Theil / generalized-entropy decomposition GE(α) = Between + Σ_g WithinContribution_g.
/// </summary>
/// <param name="Name">Group name.</param>
/// <param name="Label">Group display label.</param>
/// <param name="Units">Number of units n_g in the group.</param>
/// <param name="Weight">F_g = Σ f_i over the group (= n_g without weights).</param>
/// <param name="Total">X_g = Σ f_i x_i over the group.</param>
/// <param name="PopulationShare">p_g = F_g / F.</param>
/// <param name="ValueShare">s_g = X_g / X.</param>
/// <param name="RelativeMean">r_g = μ_g / μ = s_g / p_g.</param>
/// <param name="Index">GE_g, the index within the group (around its own mean μ_g); NaN when undefined (a group whose values are all zero).</param>
/// <param name="WithinWeight">w_g = p_g^(1−α) s_g^α (Theil T: s_g; Theil L: p_g).</param>
/// <param name="WithinContribution">w_g · GE_g (0 when w_g = 0).</param>
/// <param name="BetweenContribution">The group's term of the between part: Theil T s_g ln r_g; Theil L −p_g ln r_g; GE(α) p_g (r_g^α − 1)/(α(α − 1)). Terms may be negative; their sum is not.</param>
public sealed record TheilGroup(
    string Name,
    string Label,
    int Units,
    double Weight,
    double Total,
    double PopulationShare,
    double ValueShare,
    double RelativeMean,
    double Index,
    double WithinWeight,
    double WithinContribution,
    double BetweenContribution);
