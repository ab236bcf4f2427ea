using CapitalNetwork.Measures;
using CsCheck;

namespace CapitalNetwork.Tests.Properties;

/// <summary>
/// Measures are invariant under relabelling: the same flows with the nodes declared in a random order (so every node
/// gets another index) give every node, looked up by its id, the same in/out/total degree and strength for every
/// weight, and the same local strength. Expected values: the measure on the network declared in the original order.
/// </summary>
public class RelabellingProperties
{
    [Fact]
    public void Degree_and_strength_follow_the_node_not_its_index()
    {
        PropertyGen.Plain.SelectMany(g => PropertyGen.Permutation(g.Ids.Length).Select(p => (g, p))).SampleSeeded((g, order) =>
        {
            var a = g.Build();
            var b = g.Build(order);
            foreach (var id in g.Ids)
            {
                Assert.Equal(Centrality.InDegree(a)[id], Centrality.InDegree(b)[id]);
                Assert.Equal(Centrality.OutDegree(a)[id], Centrality.OutDegree(b)[id]);
                Assert.Equal(Centrality.Degree(a)[id], Centrality.Degree(b)[id]);
                foreach (var w in Enum.GetValues<EdgeWeight>())
                {
                    Assert.Equal(Centrality.InStrength(a, w)[id], Centrality.InStrength(b, w)[id]);
                    Assert.Equal(Centrality.OutStrength(a, w)[id], Centrality.OutStrength(b, w)[id]);
                    Assert.Equal(Centrality.Strength(a, w)[id], Centrality.Strength(b, w)[id]);
                    Assert.Equal(Centrality.LocalStrength(a, w)[id], Centrality.LocalStrength(b, w)[id]);
                }
            }
            foreach (var w in Enum.GetValues<EdgeWeight>()) Assert.Equal(a.TotalWeight(w), b.TotalWeight(w));
        }, print: t => $"{t.Item1} order=[{string.Join(",", t.Item2)}]");
    }
}
