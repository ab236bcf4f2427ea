using CapitalNetwork.Geography;

namespace CapitalNetwork.Tests.Geography;

public class GazetteerTests
{
    [Fact]
    public void Embedded_table_has_the_372_nodes_of_the_2023_division()
    {
        // Counts from ../shared/docs/gazetteer-data.md §3: 333 prefectures + 4 municipalities + 32 direct counties + 2 SARs + Taiwan.
        var g = Gazetteer.Default;
        Assert.Equal(372, g.Nodes.Count);
        Assert.Equal(333, g.Nodes.Count(n => n.Level == DivisionLevel.Prefecture));
        Assert.Equal(32, g.Nodes.Count(n => n.Level == DivisionLevel.DirectCounty));
        Assert.All(g.Nodes, n => Assert.True(n.Longitude is not null && n.Latitude is not null, n.ToString()));
    }
}
