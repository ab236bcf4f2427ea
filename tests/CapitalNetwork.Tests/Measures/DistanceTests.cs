using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.ConcentrationReference;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// Great-circle flow distances (haversine, R = 6371.0088 km) against make_reference.py's own haversine on the
/// gazetteer coordinates, with weighted medians by expansion and numpy's median; and closed forms.
/// </summary>
public class DistanceTests
{
    [Fact]
    public void Haversine_closed_forms()
    {
        // A quarter meridian is πR/2; one degree of longitude on the equator is πR/180.
        Assert.Equal(Math.PI * 6371.0088 / 2, Flows.GreatCircleKm(0, 0, 90, 0), 9);
        Assert.Equal(Math.PI * 6371.0088 / 180, Flows.GreatCircleKm(0, 10, 0, 11), 9);
        Assert.Equal(0, Flows.GreatCircleKm(31.2, 121.5, 31.2, 121.5));
        Assert.Equal(6371.0088, FlowDistance.EarthRadiusKm);
    }

    [Fact]
    public void Beijing_to_shanghai()
    {
        // make_reference.py's haversine on the gazetteer seats; a road atlas gives ≈ 1,070 km.
        var g = Gazetteer.Default;
        var (b, s) = (g.Get(110000), g.Get(310000));
        var km = Flows.GreatCircleKm(b.Latitude!.Value, b.Longitude!.Value, s.Latitude!.Value, s.Longitude!.Value);
        Close(Of("flows").GetProperty("beijing_shanghai_km"), km, "北京–上海");
        Assert.InRange(km, 1000, 1100);
    }

    [Theory]
    [InlineData(EdgeWeight.Funds, "funds")]
    [InlineData(EdgeWeight.Links, "links")]
    [InlineData(EdgeWeight.Capital, "capital")]
    public void Weighted_mean_and_median_match_the_reference(EdgeWeight weight, string key)
    {
        var d = Flows.Distance(FlowsReference.Network(), weight);
        var e = Of("flows").GetProperty("distance").GetProperty(key);
        Close(e.GetProperty("mean"), d.Mean, "mean");
        Close(e.GetProperty("median"), d.Median, "median");
        Close(e.GetProperty("mean_between"), d.MeanBetweenCities, "mean between cities");
        Close(e.GetProperty("median_between"), d.MedianBetweenCities, "median between cities");
        Assert.Equal(weight, d.Weight);
    }

    [Fact]
    public void Median_between_two_distances_when_half_the_weight_ends_on_one()
    {
        // Two inter-city flows with equal weight: the median is the midpoint of their distances.
        var b = FlowNetworkBuilder.ForCities(Gazetteer.Default);
        int bj = b.IndexOf("110000"), sh = b.IndexOf("310000"), cd = b.IndexOf("510100");
        b.AddFlow(bj, sh, 1, 1, 5);
        b.AddFlow(bj, cd, 1, 1, 5);
        var net = b.Build();
        var d = Flows.Distance(net);
        var g = Gazetteer.Default;
        double Km(int x, int y) => Flows.GreatCircleKm(g.Get(x).Latitude!.Value, g.Get(x).Longitude!.Value, g.Get(y).Latitude!.Value, g.Get(y).Longitude!.Value);
        var (d1, d2) = (Km(110000, 310000), Km(110000, 510100));
        Assert.Equal((d1 + d2) / 2, d.Median, 9);
        Assert.Equal((d1 + d2) / 2, d.Mean, 9);
        Assert.Equal(0, d.LocalWeight);
    }

    [Fact]
    public void Empty_and_plain_networks()
    {
        var empty = Flows.Distance(FlowNetworkBuilder.ForCities(Gazetteer.Default).Build());
        Assert.True(double.IsNaN(empty.Mean) && double.IsNaN(empty.Median) && double.IsNaN(empty.MeanBetweenCities));
        var plain = new FlowNetworkBuilder();
        plain.AddFlow(plain.AddNode("a"), plain.AddNode("b"), 1, 1, 1);
        Assert.Throws<InvalidOperationException>(() => Flows.Distance(plain.Build()));
    }
}
