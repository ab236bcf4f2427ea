namespace CapitalNetwork.Measures;

/// <summary>One coefficient of a PPML gravity model.</summary>
/// <param name="Name">The predictor's name (<c>log_distance</c>, a matrix's name, a mass, <c>local</c>, <c>(intercept)</c>).</param>
/// <param name="Coefficient">The estimate (for ln predictors, an elasticity).</param>
/// <param name="StandardError">Robust (Eicker–Huber–White, HC0) standard error.</param>
/// <param name="Z">Coefficient / standard error.</param>
/// <param name="P">Two-sided p-value 2(1 − Φ(|z|)).</param>
public sealed record GravityTerm(string Name, double Coefficient, double StandardError, double Z, double P);
