namespace CapitalNetwork;

/// <summary>
/// One row of a <see cref="RegionComparison"/>: what the cities of one statistical region attract and supply under one
/// edge weight. Immutable.
/// </summary>
/// <param name="Region">The region (East, Central, West, Northeast; Outside = Hong Kong, Macao, Taiwan).</param>
/// <param name="Cities">City-level units of the region in the network.</param>
/// <param name="AttractingCities">Cities with in-strength &gt; 0 (they attract something, local capital included).</param>
/// <param name="SupplyingCities">Cities with out-strength &gt; 0.</param>
/// <param name="RegisteredFunds">Distinct funds registered in the region's cities.</param>
/// <param name="Attracted">Σ of the weight over edges into the region's cities, A(r) = Σ_{i, j∈r} w_ij (self-loops included).</param>
/// <param name="Supplied">Σ of the weight over edges out of the region's cities, S(r) = Σ_{i∈r, j} w_ij.</param>
/// <param name="WithinRegion">Σ of the weight over edges with both ends in the region, W(r) = Σ_{i∈r, j∈r} w_ij (city self-loops included).</param>
/// <param name="Total">Σ of the weight over all edges of the network (the denominator of the shares).</param>
public sealed record RegionFigures(
    StatisticalRegion Region,
    int Cities,
    int AttractingCities,
    int SupplyingCities,
    double RegisteredFunds,
    double Attracted,
    double Supplied,
    double WithinRegion,
    double Total)
{
    /// <summary>A(r) / total: the region's share of everything attracted (NaN when the network has no weight).</summary>
    public double AttractedShare => Total > 0 ? Attracted / Total : double.NaN;

    /// <summary>S(r) / total: the region's share of everything supplied (NaN when the network has no weight).</summary>
    public double SuppliedShare => Total > 0 ? Supplied / Total : double.NaN;

    /// <summary>W(r) / A(r): the share of what the region attracts that comes from the region itself (NaN when A(r) = 0).</summary>
    public double WithinShare => Attracted > 0 ? WithinRegion / Attracted : double.NaN;

    /// <summary>A(r) − S(r): net inflow; positive for a region that attracts more than it supplies.</summary>
    public double NetInflow => Attracted - Supplied;
}
