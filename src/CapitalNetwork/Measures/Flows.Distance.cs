namespace CapitalNetwork.Measures;

public static partial class Flows
{
    /// <summary>
    /// Great-circle distance between two points by the haversine formula on a sphere of radius R = 6371.0088 km (IUGG
    /// mean Earth radius): d = 2R·asin √(sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2)). The gazetteer's coordinates are GCJ-02,
    /// whose offset from WGS-84 (a few hundred metres) is negligible at this scale. O(1).
    /// </summary>
    /// <remarks>Sinnott, R. W. (1984), Virtues of the haversine, Sky and Telescope 68(2):159; radius: Moritz, H. (2000), Geodetic Reference System 1980, Journal of Geodesy 74:128–133, doi:10.1007/s001900050278.</remarks>
    /// <param name="latitude1">Latitude of the first point, degrees.</param>
    /// <param name="longitude1">Longitude of the first point, degrees.</param>
    /// <param name="latitude2">Latitude of the second point, degrees.</param>
    /// <param name="longitude2">Longitude of the second point, degrees.</param>
    /// <returns>The distance in km.</returns>
    public static double GreatCircleKm(double latitude1, double longitude1, double latitude2, double longitude2) =>
        GreatCircle.HaversineKm(latitude1, longitude1, latitude2, longitude2);

    /// <summary>
    /// Mean and median great-circle flow distance of a city network, weighted by the chosen weight: every edge i → j
    /// contributes its distance d_ij (haversine between the two cities' coordinates, R = 6371.0088 km) with weight w_ij;
    /// self-loops (local capital) contribute 0 km to <see cref="FlowDistance.Mean"/> and <see cref="FlowDistance.Median"/>
    /// and are left out of the between-cities figures. The median is the weighted median (the distance at half the total
    /// weight). O(m log m).
    /// </summary>
    /// <remarks>Haversine: Sinnott (1984); radius: Moritz (2000), doi:10.1007/s001900050278.</remarks>
    /// <param name="network">A city network.</param>
    /// <param name="weight">The weight (capital by default: how far does capital travel).</param>
    /// <returns>The distances.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network, or a city with a positive flow to another city has no coordinates.</exception>
    public static FlowDistance Distance(FlowNetwork network, EdgeWeight weight = EdgeWeight.Capital)
    {
        ArgumentNullException.ThrowIfNull(network);
        var xy = GreatCircle.Coordinates(network);
        var w = network.Weights(weight);
        var sources = network.Sources;
        var targets = network.Targets;
        var all = new List<(double D, double W)>(network.EdgeCount);
        var between = new List<(double D, double W)>(network.EdgeCount);
        double local = 0;
        for (var e = 0; e < network.EdgeCount; e++)
        {
            if (!(w[e] > 0)) continue;
            int s = sources[e], t = targets[e];
            if (s == t)
            {
                local += w[e];
                all.Add((0, w[e]));
                continue;
            }
            if (double.IsNaN(xy[s].Lat) || double.IsNaN(xy[t].Lat))
                throw new InvalidOperationException($"No coordinates for {(double.IsNaN(xy[s].Lat) ? network.Nodes[s] : network.Nodes[t])}: its flow distance is unknown.");
            var d = GreatCircle.HaversineKm(xy[s].Lat, xy[s].Lon, xy[t].Lat, xy[t].Lon);
            all.Add((d, w[e]));
            between.Add((d, w[e]));
        }
        all.Sort(static (a, b) => a.D.CompareTo(b.D));
        between.Sort(static (a, b) => a.D.CompareTo(b.D));
        var (mean, median, total) = Summarize(all);
        var (meanB, medianB, _) = Summarize(between);
        return new FlowDistance(weight, mean, median, meanB, medianB, total, local);
    }

    private static (double Mean, double Median, double Total) Summarize(List<(double D, double W)> sorted)
    {
        double total = 0, sum = 0;
        foreach (var (d, w) in sorted)
        {
            total += w;
            sum += w * d;
        }
        if (!(total > 0)) return (double.NaN, double.NaN, total);
        var xs = sorted.Select(x => x.D).ToArray();
        var fs = sorted.Select(x => x.W).ToArray();
        return (sum / total, ConcentrationMath.WeightedMedian(xs, fs, total), total);
    }
}
