namespace CapitalNetwork.Measures.Regression;

/// <summary>Finds the node a user's text names: its id first, then — on a city network — the place resolver
/// (Chinese names and addresses, as for filings: 深圳, 深圳市, 广东省深圳市 → 440300).</summary>
internal static class NodeLookup
{
    public static bool TryFind(FlowNetwork network, string text, out int node)
    {
        var t = text.Trim();
        if (network.TryGetIndex(t, out node)) return true;
        if (network.IsCityNetwork && t.Length > 0)
        {
            var r = PlaceResolver.Default.Resolve(t);
            if (r.IsResolved && network.TryGetIndex(r.Node.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), out node)) return true;
        }
        node = -1;
        return false;
    }
}
