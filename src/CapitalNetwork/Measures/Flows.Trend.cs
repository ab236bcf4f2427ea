using System.Globalization;

namespace CapitalNetwork.Measures;

public static partial class Flows
{
    /// <summary>The columns of the standard trend table, in order.</summary>
    public static IReadOnlyList<string> TrendColumns { get; } =
    [
        "total", "hhi", "hhi_normalized", "cr4", "gini", "theil_t", "theil_t_between", "theil_t_within", "theil_t_grouped", "theil_l", "cv",
        "esteban_ray", "wolfson", "local_share", "regional_local_share", "mean_distance_km", "median_distance_km",
    ];

    /// <summary>
    /// The standard trend table over yearly snapshots: for each filing year (the network of that year's funds, or the
    /// cumulative network up to it) the per-city figure (funds, links or capital attracted or supplied, every city
    /// counted, zeros included) and its <c>total</c>, <c>hhi</c>, <c>hhi_normalized</c>, <c>cr4</c>, <c>gini</c>
    /// (population), <c>theil_t</c> (every city), <c>theil_t_between</c>/<c>theil_t_within</c> over the grouping and
    /// their sum <c>theil_t_grouped</c> (the Theil T of the cities in a group: by region the four mainland regions, so
    /// Hong Kong, Macao and Taiwan are left out of the three grouped Theil columns and of <c>esteban_ray</c>, and
    /// <c>theil_t_grouped</c> differs from <c>theil_t</c>; by province it equals <c>theil_t</c>), <c>theil_l</c>,
    /// <c>cv</c> (population), <c>esteban_ray</c> (α, group means), <c>wolfson</c>; plus the flows' <c>local_share</c>
    /// (city level), <c>regional_local_share</c> (share staying inside its group; a flow matrix keeps every flow, so by
    /// region Outside is a group there) and the weighted
    /// <c>mean_distance_km</c>/<c>median_distance_km</c> (all flows, local at 0 km). Each figure is exactly what the
    /// corresponding facade returns on that snapshot (NaN where undefined). <see cref="TrendTable.Slope"/> says whether a
    /// figure rises. O(years · (n log n + m log m)).
    /// </summary>
    /// <param name="series">Yearly snapshots (<see cref="IngestResult.Years"/>).</param>
    /// <param name="options">Weight, side, cumulative, α, grouping.</param>
    /// <returns>The table, one row per year in <see cref="NetworkSeries.Years"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">α is outside [0, 1.6].</exception>
    public static TrendTable Trend(NetworkSeries series, TrendOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= TrendOptions.Default;
        if (!(options.Alpha >= 0 && options.Alpha <= Polarization.MaxEstebanRayAlpha))
            throw new ArgumentOutOfRangeException(nameof(options), options.Alpha, "Esteban–Ray α must be in [0, 1.6].");
        var o = options;
        var years = series.Years;
        var values = TrendColumns.Select(_ => new double[years.Count]).ToArray();
        for (var y = 0; y < years.Count; y++)
        {
            var net = o.Cumulative ? series.Through(years[y]) : series[years[y]];
            var figures = Figures(net, o);
            for (var c = 0; c < values.Length; c++) values[c][y] = figures[c];
        }
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{(o.Side == FlowSide.Attracted ? "in" : "out")}_strength(weight={o.Weight.ToString().ToLowerInvariant()}) per city; {(o.Cumulative ? "cumulative" : "per filing year")}; groups = {(o.GroupBy == RollUpLevel.Region ? "four mainland regions (Hong Kong, Macao, Taiwan left out of the grouped Theil and Esteban–Ray columns)" : "provinces")}; α = {o.Alpha:R}");
        return new TrendTable(description, o.Cumulative, years, TrendColumns, values);
    }

    /// <summary>
    /// A trend table of any measures: each column is a function of a snapshot network (a centrality summary, a
    /// core–periphery fit, …), evaluated on every year's network (or the cumulative network). O(years · cost of the measures).
    /// </summary>
    /// <param name="series">Yearly snapshots.</param>
    /// <param name="measures">Column names and the function computing each from a network (return NaN when undefined).</param>
    /// <param name="cumulative">True for <see cref="NetworkSeries.Through"/> networks.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">Two columns share a name.</exception>
    public static TrendTable Trend(NetworkSeries series, IReadOnlyList<(string Column, Func<FlowNetwork, double> Measure)> measures, bool cumulative = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(measures);
        if (measures.Select(m => m.Column).Distinct(StringComparer.Ordinal).Count() != measures.Count)
            throw new ArgumentException("Column names must be distinct.", nameof(measures));
        var years = series.Years;
        var values = measures.Select(_ => new double[years.Count]).ToArray();
        for (var y = 0; y < years.Count; y++)
        {
            var net = cumulative ? series.Through(years[y]) : series[years[y]];
            for (var c = 0; c < measures.Count; c++) values[c][y] = measures[c].Measure(net);
        }
        return new TrendTable(cumulative ? "custom measures, cumulative" : "custom measures, per filing year", cumulative, years,
            [.. measures.Select(m => m.Column)], values);
    }

    /// <summary>The standard figures of one network, in <see cref="TrendColumns"/> order.</summary>
    internal static double[] Figures(FlowNetwork net, TrendOptions o)
    {
        var x = new double[net.NodeCount];
        for (var v = 0; v < x.Length; v++)
            x[v] = o.Side == FlowSide.Attracted ? net.InStrength(v, o.Weight) : net.OutStrength(v, o.Weight);
        var city = net.IsCityNetwork;
        var groups = city ? Grouping.By(net, o.GroupBy) : null;
        var theil = Concentration.TheilT(x, new InequalityOptions { Groups = groups });
        var theilAll = groups is null ? theil : Concentration.TheilT(x);
        var distance = city ? Distance(net, o.Weight) : null;
        static double V(MeasureValue m) => m.IsDefined ? m.Value : double.NaN;
        return
        [
            x.Sum(),
            V(Concentration.Herfindahl(x)),
            V(Concentration.HerfindahlNormalized(x)),
            V(Concentration.ConcentrationRatio(x, 4)),
            V(Concentration.Gini(x)),
            theilAll.Total,
            city ? theil.Between : double.NaN,
            city ? theil.Within : double.NaN,
            city ? theil.Total : double.NaN,
            Concentration.TheilL(x).Total,
            V(Concentration.CoefficientOfVariation(x)),
            city ? Polarization.EstebanRay(x, o.Alpha, new InequalityOptions { Groups = groups }).Value : double.NaN,
            Polarization.Wolfson(x).Value,
            V(LocalShare(net, o.Weight)),
            city ? Matrix(net, o.GroupBy).LocalShare(o.Weight) : double.NaN,
            distance?.Mean ?? double.NaN,
            distance?.Median ?? double.NaN,
        ];
    }
}
