namespace CapitalNetwork.Measures;

/// <summary>
/// One region's line of a <see cref="RegionComparison"/>: first the funds registered in its cities (each fund counted
/// once, in the city where it is registered), then what its cities attract and supply under the comparison's edge weight
/// <see cref="Weight"/> — with <see cref="EdgeWeight.Funds"/> these are <b>fund–city links</b> (a fund counted once per
/// city its partners sit in, so they add up to more than the funds), with <see cref="EdgeWeight.Links"/> partner links
/// (fund–partner pairs), with <see cref="EdgeWeight.Capital"/> subscribed capital in CNY. Immutable.
/// </summary>
/// <param name="Region">The region (East, Central, West, Northeast; Outside = Hong Kong, Macao, Taiwan, reported apart).</param>
/// <param name="Cities">City-level units of the region in the network.</param>
/// <param name="FundsRegistered">Distinct funds whose registration place is in the region's cities (<see cref="FlowNetwork.RegisteredFunds"/>).</param>
/// <param name="FundsRegisteredTotal">Distinct funds registered in every city of the network (the denominator of <see cref="FundsRegisteredShare"/>).</param>
/// <param name="Weight">What <see cref="Attracted"/>, <see cref="Supplied"/> and <see cref="WithinRegion"/> count: fund–city links, partner links or capital.</param>
/// <param name="AttractingCities">Cities with in-strength &gt; 0 under <see cref="Weight"/> (they attract something, local capital included).</param>
/// <param name="SupplyingCities">Cities with out-strength &gt; 0 under <see cref="Weight"/>.</param>
/// <param name="Attracted">Σ of the weight over edges into the region's cities, A(r) = Σ_{i, j∈r} w_ij (self-loops included): with the funds weight, the fund–city links the region attracts.</param>
/// <param name="Supplied">Σ of the weight over edges out of the region's cities, S(r) = Σ_{i∈r, j} w_ij.</param>
/// <param name="WithinRegion">Σ of the weight over edges with both ends in the region, W(r) = Σ_{i∈r, j∈r} w_ij (city self-loops included).</param>
/// <param name="Total">Σ of the weight over all edges of the network, Outside included (the denominator of the shares).</param>
public sealed record RegionFigures(
    StatisticalRegion Region,
    int Cities,
    double FundsRegistered,
    double FundsRegisteredTotal,
    EdgeWeight Weight,
    int AttractingCities,
    int SupplyingCities,
    double Attracted,
    double Supplied,
    double WithinRegion,
    double Total)
{
    /// <summary>FundsRegistered / FundsRegisteredTotal: the region's share of the funds registered (NaN when no fund is registered).</summary>
    public double FundsRegisteredShare => FundsRegisteredTotal > 0 ? FundsRegistered / FundsRegisteredTotal : double.NaN;

    /// <summary>A(r) / total: the region's share of everything attracted (NaN when the network has no weight).</summary>
    public double AttractedShare => Total > 0 ? Attracted / Total : double.NaN;

    /// <summary>S(r) / total: the region's share of everything supplied (NaN when the network has no weight).</summary>
    public double SuppliedShare => Total > 0 ? Supplied / Total : double.NaN;

    /// <summary>W(r) / A(r): the share of what the region attracts that comes from the region itself (NaN when A(r) = 0).</summary>
    public double WithinShare => Attracted > 0 ? WithinRegion / Attracted : double.NaN;

    /// <summary>A(r) − S(r): net inflow; positive for a region that attracts more than it supplies.</summary>
    public double NetInflow => Attracted - Supplied;
}
