namespace CapitalNetwork.Measures;

/// <summary>Options of <see cref="Flows.Trend(NetworkSeries, TrendOptions?)"/>. Immutable; change with <c>with</c>.</summary>
public sealed record TrendOptions
{
    /// <summary>Funds attracted per city, each year's filings on their own, regions, α = 1.6.</summary>
    public static TrendOptions Default { get; } = new();

    /// <summary>The weight of the per-city figure and of the flow columns (default funds).</summary>
    public EdgeWeight Weight { get; init; } = EdgeWeight.Funds;

    /// <summary>Attracted (in-strength, default) or supplied (out-strength).</summary>
    public FlowSide Side { get; init; } = FlowSide.Attracted;

    /// <summary>False (default): the network of the funds filed in each year; true: the cumulative network up to each year (<see cref="NetworkSeries.Through"/>).</summary>
    public bool Cumulative { get; init; }

    /// <summary>Esteban–Ray α, in [0, 1.6] (default 1.6).</summary>
    public double Alpha { get; init; } = 1.6;

    /// <summary>
    /// The grouping of the between/within, Esteban–Ray and regional-flow columns: region (default; the four mainland
    /// regions, Hong Kong, Macao and Taiwan left out of the Theil and Esteban–Ray columns) or province.
    /// </summary>
    public RollUpLevel GroupBy { get; init; } = RollUpLevel.Region;
}
