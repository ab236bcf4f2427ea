namespace CapitalNetwork.Measures;

/// <summary>Great-circle distances between city nodes (haversine on a sphere of the IUGG mean radius).</summary>
internal static class GreatCircle
{
    public const double EarthRadiusKm = 6371.0088;

    public static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double rad = Math.PI / 180;
        var dLat = (lat2 - lat1) * rad;
        var dLon = (lon2 - lon1) * rad;
        var s = Math.Sin(dLat / 2);
        var t = Math.Sin(dLon / 2);
        var h = s * s + Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * t * t;
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>(latitude, longitude) of every node; throws when a node has none.</summary>
    public static (double Lat, double Lon)[] Coordinates(FlowNetwork network)
    {
        if (!network.IsCityNetwork)
            throw new InvalidOperationException("Flow distances need a city network (nodes from the gazetteer, with coordinates).");
        var result = new (double, double)[network.NodeCount];
        for (var v = 0; v < network.NodeCount; v++)
        {
            var d = network.Nodes[v].Division!;
            result[v] = d.Latitude is double lat && d.Longitude is double lon ? (lat, lon) : (double.NaN, double.NaN);
        }
        return result;
    }
}
