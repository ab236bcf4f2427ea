namespace CapitalNetwork.Measures;

/// <summary>One group's row of a regional comparison table.</summary>
/// <param name="Group">Group name (e.g. <c>East</c>, a province code, or the user's label).</param>
/// <param name="Label">Display label (e.g. 东部, 江苏省).</param>
/// <param name="Units">Number of units (cities, provinces, rows) in the group.</param>
/// <param name="Weight">Σ f_i over the group (= <see cref="Units"/> without weights).</param>
/// <param name="Total">The group total Σ f_i x_i.</param>
/// <param name="Mean">Total / Weight, the (weighted) mean per unit.</param>
/// <param name="Share">Total / national total; NaN when the national total is zero.</param>
/// <param name="RatioToMax">Total / the largest group total; NaN when every group total is zero.</param>
/// <param name="Rank">1 for the largest total; equal totals share a rank (competition ranking 1, 2, 2, 4).</param>
public sealed record ComparisonRow(string Group, string Label, int Units, double Weight, double Total, double Mean, double Share, double RatioToMax, int Rank);
