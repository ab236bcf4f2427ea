using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// Trend tables over the yearly snapshots of TestData/concentration/trend-filings.csv: 2021 one fund each in 北京 and
/// 上海 (local partners); 2022 two funds in 北京 (local partners) and one in 成都 with a partner in 北京. Expected values
/// are closed forms over n = 372 cities written in each test (k equal positive cities among n: HHI = 1/k,
/// Gini = 1 − k/n, Theil T = ln(n/k)), with region sizes counted from the gazetteer. The grouped columns (Theil
/// between/within, Esteban–Ray) are over the four mainland regions, n′ = 369 cities: Hong Kong, Macao and Taiwan are in
/// no region (before they were a fifth group and n′ was 372).
/// </summary>
public class TrendTests
{
    private const double N = 372;

    /// <summary>The mainland cities: the units of the regional grouping.</summary>
    private const double Mainland = 369;

    private static NetworkSeries Series() =>
        CityNetwork.FromFilings(Path.Combine(ConcentrationReference.Dir, "trend-filings.csv")).Years;

    private static double RegionSize(StatisticalRegion r) => Gazetteer.Default.Nodes.Count(d => d.Region == r);

    [Fact]
    public void Per_year_closed_forms()
    {
        var t = Flows.Trend(Series());
        Assert.Equal(new[] { 2021, 2022 }, t.Years);
        Assert.Equal(Flows.TrendColumns, t.Columns);
        // 2021: funds (1, 1) in two East cities.
        Assert.Equal(2, t.Value("total", 2021));
        Assert.Equal(0.5, t.Value("hhi", 2021), 15);
        Assert.Equal((0.5 - 1 / N) / (1 - 1 / N), t.Value("hhi_normalized", 2021), 14);
        Assert.Equal(1, t.Value("cr4", 2021), 15);
        Assert.Equal(1 - 2 / N, t.Value("gini", 2021), 14);
        Assert.Equal(Math.Log(N / 2), t.Value("theil_t", 2021), 13);
        var nEast = RegionSize(StatisticalRegion.East);
        Assert.Equal(Mainland, N - RegionSize(StatisticalRegion.Outside));
        Assert.Equal(Math.Log(Mainland / nEast), t.Value("theil_t_between", 2021), 13); // s_E = 1, p_E = n_E/n′
        Assert.Equal(Math.Log(nEast / 2), t.Value("theil_t_within", 2021), 13);
        Assert.Equal(Math.Log(Mainland / 2), t.Value("theil_t_grouped", 2021), 13);       // = between + within
        Assert.True(double.IsNaN(t.Value("theil_l", 2021)));
        Assert.True(double.IsNaN(t.Value("wolfson", 2021))); // median city has 0
        Assert.Equal(1, t.Value("local_share", 2021));
        Assert.Equal(1, t.Value("regional_local_share", 2021));
        Assert.Equal(0, t.Value("mean_distance_km", 2021));
        // 2022: funds 北京 2 (local), 成都 1 (from 北京). HHI = 5/9; Σ|x_i − x_j| = 2·370·3 + 2 = 2222 → G = 2222/(2n²·3/n).
        Assert.Equal(5 / 9.0, t.Value("hhi", 2022), 15);
        Assert.Equal(2222 / (2 * N * 3), t.Value("gini", 2022), 14);
        Assert.Equal(2 / 3.0, t.Value("local_share", 2022), 15);
        Assert.Equal(2 / 3.0, t.Value("regional_local_share", 2022), 15); // 北京 → 成都 crosses East → West
        var g = Gazetteer.Default;
        var km = Flows.GreatCircleKm(g.Get(110000).Latitude!.Value, g.Get(110000).Longitude!.Value, g.Get(510100).Latitude!.Value, g.Get(510100).Longitude!.Value);
        Assert.Equal(km / 3, t.Value("mean_distance_km", 2022), 9);
        Assert.Equal(0, t.Value("median_distance_km", 2022)); // weight 2 of 3 is local, at 0 km
    }

    [Fact]
    public void Esteban_ray_between_regions_in_closed_form()
    {
        // 2021: all funds in East. Over the mainland regions (p_g = n_g/n′, n′ = 369): r_E = 1/p_E, r_other = 0, so
        // ER = Σ_{o ∈ Central, West, Northeast} (p_E^(1+α) p_o + p_o^(1+α) p_E) r_E. Outside is in no group.
        const double alpha = 1.6;
        var pE = RegionSize(StatisticalRegion.East) / Mainland;
        var expected = new[] { StatisticalRegion.Central, StatisticalRegion.West, StatisticalRegion.Northeast }
            .Sum(r => RegionSize(r) / Mainland is var po ? (Math.Pow(pE, 1 + alpha) * po + Math.Pow(po, 1 + alpha) * pE) / pE : 0);
        Assert.Equal(expected, Flows.Trend(Series()).Value("esteban_ray", 2021), 13);
    }

    [Fact]
    public void Cumulative_rows_are_the_through_networks()
    {
        // Through 2022: funds 北京 3, 上海 1, 成都 1 → HHI = 11/25; capital total 800.
        var series = Series();
        var t = Flows.Trend(series, TrendOptions.Default with { Cumulative = true });
        Assert.True(t.Cumulative);
        Assert.Equal(11 / 25.0, t.Value("hhi", 2022), 15);
        Assert.Equal(0.5, t.Value("hhi", 2021), 15);
        var capital = Flows.Trend(series, new TrendOptions { Cumulative = true, Weight = EdgeWeight.Capital });
        Assert.Equal(800, capital.Value("total", 2022));
        Assert.Contains("capital", capital.Description);
    }

    [Fact]
    public void Rows_equal_the_facades_on_each_snapshot()
    {
        // Consistency: each figure of a row is what the library's facade returns on that year's snapshot.
        var series = CityNetwork.FromFilings(Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv")).Years;
        var options = new TrendOptions { Weight = EdgeWeight.Capital, Side = FlowSide.Supplied, Alpha = 1.0 };
        var t = Flows.Trend(series, options);
        Assert.Equal(series.Years, t.Years);
        foreach (var year in t.Years)
        {
            var net = series[year];
            var x = Centrality.OutStrength(net, EdgeWeight.Capital);
            void Same(double expected, string column) =>
                Assert.True(expected.Equals(t.Value(column, year)) || Math.Abs(expected - t.Value(column, year)) <= 1e-12 * Math.Abs(expected), $"{year} {column}");
            Same(Concentration.Gini(x).Value, "gini");
            Same(Concentration.TheilT(x).Total, "theil_t");
            Same(Concentration.TheilT(x, RollUpLevel.Region).Between, "theil_t_between");
            Same(Concentration.TheilT(x, RollUpLevel.Region).Total, "theil_t_grouped");
            Same(Polarization.EstebanRay(x, 1.0).Value, "esteban_ray");
            Same(Polarization.Wolfson(x).Value, "wolfson");
            Same(Flows.Matrix(net).LocalShare(EdgeWeight.Capital), "regional_local_share");
            Same(Flows.Distance(net, EdgeWeight.Capital).Median, "median_distance_km");
        }
    }

    [Fact]
    public void Slope_says_whether_a_figure_rises()
    {
        // HHI 0.5 → 5/9 over 2021 → 2022: slope 1/18 per year. Gini 1 − 2/n → 2222/(6n).
        var t = Flows.Trend(Series());
        Assert.Equal(5 / 9.0 - 0.5, t.Slope("hhi"), 14);
        Assert.True(double.IsNaN(t.Slope("theil_l")));
        Assert.Throws<KeyNotFoundException>(() => t.Slope("nope"));
        Assert.StartsWith("year,total,hhi,", t.ToCsv());
    }

    [Fact]
    public void Custom_measures()
    {
        var t = Flows.Trend(Series(), [("edges", n => n.EdgeCount), ("capital", n => n.TotalWeight(EdgeWeight.Capital))], cumulative: true);
        Assert.Equal(new[] { 2.0, 3.0 }, t["edges"]); // 2021: two self-loops; through 2022: 北京 loop, 上海 loop, 北京→成都
        Assert.Equal(800, t.Value("capital", 2022));
        Assert.Throws<ArgumentException>(() => Flows.Trend(Series(), [("a", _ => 0), ("a", _ => 1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Flows.Trend(Series(), new TrendOptions { Alpha = 2 }));
    }
}
