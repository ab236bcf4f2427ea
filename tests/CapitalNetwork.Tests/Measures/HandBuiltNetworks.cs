namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// Two small networks whose figures the tests work out by hand. <see cref="Cities"/>: 北京→上海 (3 funds, 4 links,
/// 300 CNY), 上海→北京 (1, 1, 100), 武汉→北京 (2, 2, 50), 成都→成都 (2, 3, 40), 沈阳→武汉 (1, 1, 10), 香港→上海 (1, 2,
/// 500), 北京→北京 (1, 1, 5); funds registered: 上海 4, 北京 3, 成都 2, 武汉 1, 香港 1. <see cref="Plain"/>: five plain
/// nodes a–e (labels with HTML- and CSV-special characters on e), edges a→b, b→c, c→c.
/// </summary>
internal static class HandBuiltNetworks
{
    public const string Beijing = "110000", Shanghai = "310000", Wuhan = "420100", Chengdu = "510100", Shenyang = "210100", HongKong = "810000";

    public static FlowNetwork Cities()
    {
        var b = FlowNetworkBuilder.ForCities(Gazetteer.Default);
        void Flow(string s, string t, double f, double l, double c) => b.AddFlow(b.IndexOf(s), b.IndexOf(t), f, l, c);
        Flow(Beijing, Shanghai, 3, 4, 300);
        Flow(Shanghai, Beijing, 1, 1, 100);
        Flow(Wuhan, Beijing, 2, 2, 50);
        Flow(Chengdu, Chengdu, 2, 3, 40);
        Flow(Shenyang, Wuhan, 1, 1, 10);
        Flow(HongKong, Shanghai, 1, 2, 500);
        Flow(Beijing, Beijing, 1, 1, 5);
        b.AddRegisteredFunds(b.IndexOf(Shanghai), 4);
        b.AddRegisteredFunds(b.IndexOf(Beijing), 3);
        b.AddRegisteredFunds(b.IndexOf(Chengdu), 2);
        b.AddRegisteredFunds(b.IndexOf(Wuhan), 1);
        b.AddRegisteredFunds(b.IndexOf(HongKong), 1);
        return b.Build();
    }

    public static FlowNetwork Plain()
    {
        var b = new FlowNetworkBuilder();
        foreach (var id in new[] { "a", "b", "c", "d" }) b.AddNode(id);
        b.AddNode("e", "<b>E, \"& co\"</b>");
        b.AddFlow(0, 1, 1, 1, 1);
        b.AddFlow(1, 2, 2, 2, 2);
        b.AddFlow(2, 2, 3, 3, 3);
        return b.Build();
    }
}
