using CapitalNetwork.Measures;

namespace CapitalNetwork.Interactive.Tests;

public class MeasureTableTests
{
    private static readonly FlowNetwork Plain = TestNetworks.Plain();

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
        var net = TestNetworks.Cities();
        var rows = (MeasureTable.Of(Centrality.InStrength(net)) with { Region = StatisticalRegion.West, Top = 3 }).Rows();
        Assert.All(rows, v => Assert.Equal(StatisticalRegion.West, net.Nodes[v].Region));
        Assert.Equal(TestNetworks.Chengdu, net.Nodes[rows[0]].Id);   // the only western city that attracts funds
    }

    [Fact]
    public void Columns_must_share_the_network()
    {
        Assert.Throws<ArgumentException>(() => MeasureTable.Of());
        var ex = Assert.Throws<ArgumentException>(() => MeasureTable.Of(Values(), Centrality.InStrength(TestNetworks.Cities())));
        Assert.Contains("different network", ex.Message);
        // The same node list in another instance is accepted.
        Assert.Single(MeasureTable.Of(Centrality.InDegree(TestNetworks.Plain()), Values()).Columns.Skip(1));
    }
}
