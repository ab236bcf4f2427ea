namespace CapitalNetwork.Layout;

/// <summary>
/// The equirectangular projection shared by the GEXF positions, the SVG map and the JSON export (implementation only):
/// x = (λ − λ0)·cos φ0·k, y = (φ − φ0)·k (y north), λ/φ in degrees. Distances along the reference parallel φ0 and along
/// meridians are true to scale: one layout unit is <see cref="KilometresPerDegree"/>/k km.
/// </summary>
internal static class Projection
{
    /// <summary>Length of one degree of latitude on the mean Earth sphere (R = 6371.0088 km, IUGG): 2πR/360.</summary>
    public const double KilometresPerDegree = 6371.0088 * Math.PI / 180;

    /// <summary>Whether every node of the network is a city with coordinates.</summary>
    public static bool HasCoordinates(FlowNetwork net) =>
        net.IsCityNetwork && net.Nodes.All(x => x.Division!.Longitude is not null && x.Division.Latitude is not null);

    /// <summary>Projected (x, y) of every node (y north), or null when some node has no coordinates.</summary>
    public static (double X, double Y)[]? Project(FlowNetwork net, double centralMeridian, double referenceLatitude, double scale)
    {
        if (!HasCoordinates(net)) return null;
        var cosRef = Math.Cos(referenceLatitude * Math.PI / 180);
        var result = new (double, double)[net.NodeCount];
        for (var v = 0; v < result.Length; v++)
        {
            var d = net.Nodes[v].Division!;
            result[v] = ((d.Longitude!.Value - centralMeridian) * cosRef * scale, (d.Latitude!.Value - referenceLatitude) * scale);
        }
        return result;
    }
}
