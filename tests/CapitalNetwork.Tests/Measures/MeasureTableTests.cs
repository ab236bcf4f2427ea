using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>Row selection and CSV of <see cref="MeasureTable"/>, on <see cref="HandBuiltNetworks"/>; expected orders follow the documented rule.</summary>
public class MeasureTableTests
{
    private static readonly FlowNetwork Plain = HandBuiltNetworks.Plain();

    // Values by node a..e: 3, NaN, 5, 5, 1. Expected orders follow the documented rule (value, NaN last, ties in node order).
    private static NodeValues Values() => new(Plain, "x", [3, double.NaN, 5, 5, 1]);

    [Fact]
    public void Rows_are_largest_first_with_ties_in_node_order_and_NaN_last() =>
        Assert.Equal([2, 3, 0, 4, 1], MeasureTable.Of(Values()).Rows());

    [Fact]
    public void Ascending_puts_the_smallest_first_and_NaN_still_last() =>
        Assert.Equal([4, 0, 2, 3, 1], (MeasureTable.Of(Values()) with { Ascending = true }).Rows());

    [Fact]
    public void Top_k_cuts_and_zero_shows_all()
    {
        Assert.Equal([2, 3], (MeasureTable.Of(Values()) with { Top = 2 }).Rows());
        Assert.Equal(5, (MeasureTable.Of(Values()) with { Top = 0 }).Rows().Count);
    }

    [Fact]
    public void SortBy_picks_the_column()
    {
        var other = new NodeValues(Plain, "y", [0, 4, 1, 2, 3]);
        Assert.Equal([1, 4, 3], (MeasureTable.Of(Values(), other) with { SortBy = 1, Top = 3 }).Rows());
        Assert.Throws<ArgumentOutOfRangeException>(() => (MeasureTable.Of(Values(), other) with { SortBy = 2 }).Rows());
    }

    [Fact]
    public void Region_filter_keeps_only_that_region()
    {
        var net = HandBuiltNetworks.Cities();
        var rows = (MeasureTable.Of(Centrality.InStrength(net)) with { Region = StatisticalRegion.West, Top = 3 }).Rows();
        Assert.All(rows, v => Assert.Equal(StatisticalRegion.West, net.Nodes[v].Region));
        Assert.Equal(HandBuiltNetworks.Chengdu, net.Nodes[rows[0]].Id);   // the only western city that attracts funds
    }

    [Fact]
    public void Columns_must_share_the_network()
    {
        Assert.Throws<ArgumentException>(() => MeasureTable.Of());
        var ex = Assert.Throws<ArgumentException>(() => MeasureTable.Of(Values(), Centrality.InStrength(HandBuiltNetworks.Cities())));
        Assert.Contains("different network", ex.Message);
        // The same node list in another instance is accepted.
        Assert.Single(MeasureTable.Of(Centrality.InDegree(HandBuiltNetworks.Plain()), Values()).Columns.Skip(1));
    }

    [Fact]
    public void Csv_writes_the_rows_shown_in_display_order()
    {
        // Rows 2, 3, 0, 4, 1 (values 5, 5, 3, 1, NaN); NaN is an empty cell; e's label holds a comma and quotes.
        var table = MeasureTable.Of(Values(), new NodeValues(Plain, "y, z", [0, 4, 1, 2, 0.5])) with { Top = 0 };
        Assert.Equal(
            "rank,id,label,x,\"y, z\"\n" +
            "1,c,c,5,1\n" +
            "2,d,d,5,2\n" +
            "3,a,a,3,0\n" +
            "4,e,\"<b>E, \"\"& co\"\"</b>\",1,0.5\n" +
            "5,b,b,,4\n",
            table.ToCsv());
        Assert.Equal("rank,id,label,x,\"y, z\"\n1,c,c,5,1\n", (table with { Top = 1 }).ToCsv());
        var sw = new StringWriter();
        table.WriteCsv(sw);
        Assert.Equal(table.ToCsv(), sw.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => (table with { SortBy = 5 }).ToCsv());
    }

    [Fact]
    public void Csv_of_a_city_network_names_province_and_region()
    {
        var net = HandBuiltNetworks.Cities();
        var csv = (MeasureTable.Of(Centrality.RegisteredFunds(net), Centrality.InStrength(net)) with { Top = 2 }).ToCsv();
        Assert.Equal(
            "rank,id,label,province,region,registered_funds,in_strength(weight=funds)\n" +
            "1,310000,上海市,上海市,East,4,4\n" +
            "2,110000,北京市,北京市,East,3,4\n",
            csv);
    }
}
