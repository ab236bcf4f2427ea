using System.Reflection;
using CapitalNetwork.Cli.Commands;
using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.CorePeripheryReference;

namespace CapitalNetwork.Tests.Measures;

/// <summary>The <c>capnet measures</c> keys of MeasureCatalog.CorePeriphery.cs, read from the catalogue arrays directly
/// (so they are checked whether or not the arrays are wired into the catalogue yet); expected values: the library calls.</summary>
public class CorePeripheryCatalogTests
{
    private static T[] Array<T>(string name) =>
        (T[])typeof(MeasureCatalog).GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static readonly MeasureContext Context = new(EdgeWeight.Funds, 1.6, 42, 50);

    [Fact]
    public void Node_keys_compute_the_library_measures()
    {
        var net = Network("karate");
        var node = Array<NodeMeasure>("CorePeripheryNode").ToDictionary(m => m.Key, m => m.Compute(net, Context));
        Assert.Equal(["coreness", "s_coreness", "be_core", "be_coreness", "community"], node.Keys);
        Assert.Equal(CorePeriphery.CoreNumber(net).Values.ToArray(), node["coreness"].Values.ToArray());
        Assert.Equal(CorePeriphery.StrengthCore(net, EdgeWeight.Funds).Values.ToArray(), node["s_coreness"].Values.ToArray());
        Assert.Equal(CorePeriphery.BorgattiEverett(net).ToNodeValues().Values.ToArray(), node["be_core"].Values.ToArray());
        Assert.Equal(CorePeriphery.BorgattiEverettContinuous(net).Coreness.Values.ToArray(), node["be_coreness"].Values.ToArray());
        Assert.Equal(Communities.Louvain(net).Membership.Select(x => (double)x).ToArray(), node["community"].Values.ToArray());
    }

    [Fact]
    public void Network_keys_compute_the_library_figures()
    {
        var net = Network("karate");
        var figures = Array<NetworkMeasure>("CorePeripheryNetwork").ToDictionary(m => m.Key, m => m.Compute(net, Context));
        Assert.Equal(["be_fit", "be_p_value", "modularity", "rich_club"], figures.Keys);
        var fitted = CorePeriphery.BorgattiEverett(net);
        Assert.Equal(fitted.Fit, (double)figures["be_fit"]!);
        Assert.Equal(CorePeriphery.BorgattiEverettTest(fitted, new PermutationTestOptions { Permutations = 50 }).PValue, (double)figures["be_p_value"]!);
        Assert.Equal(Communities.Louvain(net).Modularity, (double)figures["modularity"]!);
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<int, double>>(figures["rich_club"]);
        Assert.Equal(CorePeriphery.RichClub(net).Coefficients.ToArray(), map.OrderBy(kv => kv.Key).ToArray());
        Assert.StartsWith("0:", figures["rich_club"]!.ToString());
        // no permutations: no p-value; a network without ties: no fit, no modularity
        var none = Array<NetworkMeasure>("CorePeripheryNetwork").Single(m => m.Key == "be_p_value").Compute(net, Context with { Permutations = 0 });
        Assert.Null(none);
        var empty = Build(4);
        Assert.Null(Array<NetworkMeasure>("CorePeripheryNetwork").Single(m => m.Key == "be_fit").Compute(empty, Context));
        Assert.Null(Array<NetworkMeasure>("CorePeripheryNetwork").Single(m => m.Key == "modularity").Compute(empty, Context));
    }
}
