namespace CapitalNetwork.Measures;

/// <summary>A point of a Lorenz curve.</summary>
/// <param name="Population">Cumulative population share (k/n without weights), from the poorest unit up.</param>
/// <param name="Share">Cumulative value share L at that point.</param>
public readonly record struct LorenzPoint(double Population, double Share);
