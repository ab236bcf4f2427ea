using static CapitalNetwork.StatisticalRegion;

namespace CapitalNetwork.Interactive.Tests;

public class RegionComparisonTests
{
    [Fact]
    public void Figures_of_the_hand_built_network_by_funds()
    {
        // Expected values worked out by hand from the edge list in TestNetworks.Cities (funds channel):
        // East = 北京 + 上海 attracts 1 + 2 + 1 (into 北京) + 3 + 1 (into 上海) = 8 and supplies 3 + 1 + 1 = 5, of which
        // 3 + 1 + 1 = 5 stay in the East; Central (武汉) attracts 1 (from 沈阳), supplies 2; West (成都) 2 and 2, all local;
        // Northeast (沈阳) supplies 1; Outside (香港) supplies 1. Total 11.
        var cmp = RegionComparison.Of(TestNetworks.Cities(), EdgeWeight.Funds);
        Assert.Equal(11, cmp.Total);
        Assert.Equal([East, Central, West, Northeast, Outside], cmp.Rows.Select(r => r.Region));
        (StatisticalRegion R, double A, double S, double W, int Attracting, int Supplying, double Reg)[] expected =
        [
            (East, 8, 5, 5, 2, 2, 7), (Central, 1, 2, 0, 1, 1, 1), (West, 2, 2, 2, 1, 1, 2), (Northeast, 0, 1, 0, 0, 1, 0), (Outside, 0, 1, 0, 0, 1, 0),
        ];
        foreach (var e in expected)
        {
            var r = cmp[e.R];
            Assert.Equal(e.A, r.Attracted);
            Assert.Equal(e.S, r.Supplied);
            Assert.Equal(e.W, r.WithinRegion);
            Assert.Equal(e.Attracting, r.AttractingCities);
            Assert.Equal(e.Supplying, r.SupplyingCities);
            Assert.Equal(e.Reg, r.RegisteredFunds);
        }
        Assert.Equal(8.0 / 11, cmp[East].AttractedShare, 12);
        Assert.Equal(5.0 / 8, cmp[East].WithinShare, 12);
        Assert.Equal(3, cmp[East].NetInflow);
        Assert.True(double.IsNaN(cmp[Northeast].WithinShare));   // attracts nothing: no share
        Assert.Equal(2, cmp.Flow(Central, East));
        Assert.Equal(1, cmp.Flow(Northeast, Central));
        Assert.Equal(1, cmp.Flow(Outside, East));
        Assert.Equal(0, cmp.Flow(East, Central));
        Assert.Equal(372, cmp.Rows.Sum(r => r.Cities));
    }

    [Fact]
    public void Capital_figures_of_the_hand_built_network()
    {
        // By hand: into 北京 100 + 50 + 5, into 上海 300 + 500 → East attracts 955 of 1,005; from the East itself 300 + 100 + 5.
        var cmp = RegionComparison.Of(TestNetworks.Cities(), EdgeWeight.Capital);
        Assert.Equal(1005, cmp.Total);
        Assert.Equal(955, cmp[East].Attracted);
        Assert.Equal(405, cmp[East].WithinRegion);
        Assert.Equal(500, cmp[Outside].Supplied);
    }

    [Theory]
    [InlineData(EdgeWeight.Funds)]
    [InlineData(EdgeWeight.Links)]
    [InlineData(EdgeWeight.Capital)]
    public void Agrees_with_the_library_roll_up_on_the_sample(EdgeWeight weight)
    {
        // Independent path: FlowNetwork.RollUp(Region) aggregates with FlowNetworkBuilder; the comparison sums edges directly.
        var net = CityNetwork.FromFilings(Repo.SampleFilings).Network;
        var cmp = RegionComparison.Of(net, weight);
        var regions = net.RollUp(RollUpLevel.Region);
        foreach (var r in cmp.Rows)
        {
            var i = regions.IndexOf(r.Region.ToString());
            Assert.Equal(regions.InStrength(i, weight), r.Attracted, 6);
            Assert.Equal(regions.OutStrength(i, weight), r.Supplied, 6);
            Assert.Equal(regions.LocalStrength(i, weight), r.WithinRegion, 6);
            Assert.Equal(regions.RegisteredFunds(i), r.RegisteredFunds);
            foreach (var s in cmp.Rows)
            {
                var e = regions.FindEdge(i, regions.IndexOf(s.Region.ToString()));
                Assert.Equal(e < 0 ? 0 : regions.Weights(weight)[e], cmp.Flow(r.Region, s.Region), 6);
            }
        }
        Assert.Equal(1, cmp.Rows.Sum(r => r.AttractedShare), 12);
        Assert.Equal(1, cmp.Rows.Sum(r => r.SuppliedShare), 12);
    }

    [Fact]
    public void A_plain_network_is_refused()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => RegionComparison.Of(TestNetworks.Plain()));
        Assert.Contains("city network", ex.Message);
    }
}
