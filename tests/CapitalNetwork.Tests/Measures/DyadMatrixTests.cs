using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>Dyad matrices built from the sample city network and hand-made tables; expected values by hand.</summary>
public sealed class DyadMatrixTests
{
    private static readonly FlowNetwork Sample =
        CityNetwork.FromFilings(Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv")).Network;

    [Fact]
    public void NetworkMatrixHoldsEdgeWeightsAndTies()
    {
        var m = DyadMatrix.FromNetwork(Sample, EdgeWeight.Funds);
        var t = DyadMatrix.FromNetwork(Sample, EdgeWeight.Funds, binary: true);
        // every edge's weight lands in its cell; the sums match the network's total (independent sum over edges)
        Assert.Equal(Sample.TotalWeight(EdgeWeight.Funds), m.Values.ToArray().Sum(), 9);
        Assert.Equal(Sample.EdgeCount, t.Values.ToArray().Sum());
        Assert.Equal("funds", m.Name);
        Assert.Equal("funds_tie", t.Name);
    }

    [Fact]
    public void DistanceIsHaversineAndLogOfIt()
    {
        var d = DyadMatrix.Distance(Sample);
        var l = DyadMatrix.Distance(Sample, logarithm: true);
        var bj = Sample.IndexOf("110000");
        var sh = Sample.IndexOf("310000");
        var a = Sample.Nodes[bj].Division!;
        var b = Sample.Nodes[sh].Division!;
        var expected = Flows.GreatCircleKm(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value);
        Assert.Equal(expected, d[bj, sh], 9);
        Assert.Equal(d[bj, sh], d[sh, bj], 9);
        Assert.Equal(Math.Log(expected), l[bj, sh], 9);
        // Beijing–Shanghai is about 1,070 km (straight line)
        Assert.InRange(expected, 1000, 1150);
        Assert.Equal(0, d[bj, bj]);
    }

    [Fact]
    public void SameProvinceAndRegion()
    {
        var p = DyadMatrix.SameProvince(Sample);
        var r = DyadMatrix.SameRegion(Sample);
        int nanjing = Sample.IndexOf("320100"), suzhou = Sample.IndexOf("320500"), hangzhou = Sample.IndexOf("330100"), wuhan = Sample.IndexOf("420100"), hk = Sample.IndexOf("810000"), macao = Sample.IndexOf("820000");
        Assert.Equal(1, p[nanjing, suzhou]);
        Assert.Equal(0, p[nanjing, hangzhou]);
        Assert.Equal(1, r[nanjing, hangzhou]); // both East
        Assert.Equal(0, r[nanjing, wuhan]); // East vs Central
        Assert.Equal(0, r[hk, macao]); // neither is in one of the four regions
    }

    [Fact]
    public void AttributeTableResolvesChineseNamesAndBuildsEveryOperation()
    {
        var path = Path.Combine(Path.GetTempPath(), $"attr-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "city,gdp\n南京,10\n苏州市,4\n江苏省无锡市,-2\n火星,7\n南京市,11\n杭州,abc\n");
        try
        {
            var table = IndicatorTable.Read(path);
            int nj = Sample.IndexOf("320100"), sz = Sample.IndexOf("320500"), wx = Sample.IndexOf("320200"), hz = Sample.IndexOf("330100");
            var abs = DyadMatrix.FromAttribute(Sample, table, "gdp", DyadOperation.AbsoluteDifference);
            Assert.Equal("absdiff:gdp", abs.Name);
            Assert.Equal(6, abs[nj, sz]);
            Assert.Equal(6, abs[sz, wx]); // |4 − (−2)|
            Assert.True(double.IsNaN(abs[nj, hz])); // 杭州's value is not a number
            Assert.Equal(2.5, DyadMatrix.FromAttribute(Sample, table, "gdp", DyadOperation.Ratio)[nj, sz]);
            Assert.Equal(40, DyadMatrix.FromAttribute(Sample, table, "gdp", DyadOperation.Product)[nj, sz]);
            Assert.Equal(10, DyadMatrix.FromAttribute(Sample, table, "gdp", DyadOperation.Sender)[nj, sz]);
            Assert.Equal(4, DyadMatrix.FromAttribute(Sample, table, "gdp", DyadOperation.Receiver)[nj, sz]);
            // rows not used: 火星 (unknown), second 南京 (duplicate), 杭州 abc (not a number)
            Assert.Equal(["unknown_node", "duplicate_node", "not_a_number"], abs.Problems.Select(x => x.Reason));
            Assert.Equal([5L, 6L, 7L], abs.Problems.Select(x => x.Line));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EdgeListMatrixFollowsTheNetworkNodes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"edges-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "source,target,weight\n南京,苏州,1\n320500,320100,2.5\n月球,南京,1\n");
        try
        {
            var m = DyadMatrix.FromEdges(Sample, EdgeListReader.Read(path), "contiguity");
            Assert.Equal(1, m[Sample.IndexOf("320100"), Sample.IndexOf("320500")]);
            Assert.Equal(2.5, m[Sample.IndexOf("320500"), Sample.IndexOf("320100")]);
            Assert.Equal(3.5, m.Values.ToArray().Sum());
            Assert.Single(m.Problems);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
