using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// <see cref="Centrality.RegisteredFunds"/>: funds registered per city as a per-node measure, against the registrations
/// put into <see cref="HandBuiltNetworks.Cities"/> by hand and the sample's 656 funds (examples/data/README.md).
/// </summary>
public class RegisteredFundsTests
{
    [Fact]
    public void Hand_built_registrations_are_the_values()
    {
        var net = HandBuiltNetworks.Cities();
        var funds = Centrality.RegisteredFunds(net);
        Assert.Equal("registered_funds", funds.Measure);
        Assert.Equal(4, funds[HandBuiltNetworks.Shanghai]);
        Assert.Equal(3, funds[HandBuiltNetworks.Beijing]);
        Assert.Equal(2, funds[HandBuiltNetworks.Chengdu]);
        Assert.Equal(1, funds[HandBuiltNetworks.Wuhan]);
        Assert.Equal(1, funds[HandBuiltNetworks.HongKong]);
        Assert.Equal(0, funds[HandBuiltNetworks.Shenyang]);   // supplies a fund, registers none
        Assert.Equal(11, funds.Sum);
        Assert.Equal(HandBuiltNetworks.Shanghai, funds.Top(1)[0].Node.Id);
        // Not the in-strength by funds: 北京 attracts 4 fund–city links but registers 3 funds.
        Assert.Equal(4, Centrality.InStrength(net, EdgeWeight.Funds)[HandBuiltNetworks.Beijing]);
    }

    [Fact]
    public void Sample_registrations_add_up_to_the_funds()
    {
        var ingest = CityNetwork.FromFilings(Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv"));
        var funds = Centrality.RegisteredFunds(ingest.Network);
        Assert.Equal(656, funds.Sum);
        Assert.Equal((double)ingest.Report.Funds, funds.Sum);
        // examples/data/README.md: 上海 58, 北京 56, 深圳 53 funds.
        Assert.Equal(new[] { ("上海市", 58.0), ("北京市", 56.0), ("深圳市", 53.0) }, funds.Top(3).Select(t => (t.Node.Label, t.Value)));
    }

    [Fact]
    public void A_plain_edge_list_registers_nothing()
    {
        var funds = Centrality.RegisteredFunds(HandBuiltNetworks.Plain());
        Assert.All(funds.Values, v => Assert.Equal(0, v));
    }
}
