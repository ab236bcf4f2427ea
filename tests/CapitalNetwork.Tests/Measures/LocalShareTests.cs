using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.ConcentrationReference;

namespace CapitalNetwork.Tests.Measures;

/// <summary>City-level local shares (self-loops over the total) against make_reference.py, and per-city shares by hand.</summary>
public class LocalShareTests
{
    [Theory]
    [InlineData(EdgeWeight.Funds, "funds")]
    [InlineData(EdgeWeight.Links, "links")]
    [InlineData(EdgeWeight.Capital, "capital")]
    public void Overall_city_local_share(EdgeWeight weight, string key)
    {
        var s = Flows.LocalShare(FlowsReference.Network(), weight);
        Assert.True(s.IsDefined);
        Close(Of("flows").GetProperty("city_local_share").GetProperty(key), s.Value, key);
    }

    [Fact]
    public void Per_city_shares()
    {
        // 苏州 320500 attracted capital 150 (北京) + 200 (上海) + 260 (local) → 260/610; 西安 610100: 30/(25 + 30).
        var net = FlowsReference.Network();
        var shares = Flows.LocalShares(net, EdgeWeight.Capital);
        Assert.Equal(260 / 610.0, shares["320500"], 15);
        Assert.Equal(30 / 55.0, shares["610100"], 15);
        Assert.True(double.IsNaN(shares["650100"])); // 乌鲁木齐 attracted nothing
    }

    [Fact]
    public void Empty_network_is_undefined()
    {
        var s = Flows.LocalShare(FlowNetworkBuilder.ForCities(CapitalNetwork.Gazetteer.Default).Build());
        Assert.False(s.IsDefined);
        Assert.Null(s.ValueOrNull);
    }
}
