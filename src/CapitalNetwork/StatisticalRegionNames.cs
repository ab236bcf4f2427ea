namespace CapitalNetwork;

/// <summary>Display names of <see cref="StatisticalRegion"/> values.</summary>
public static class StatisticalRegionNames
{
    /// <summary>The Chinese name used in NBS tables: 东部, 中部, 西部, 东北, or 港澳台.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The Chinese name.</returns>
    public static string Chinese(this StatisticalRegion region) => region switch
    {
        StatisticalRegion.East => "东部",
        StatisticalRegion.Central => "中部",
        StatisticalRegion.West => "西部",
        StatisticalRegion.Northeast => "东北",
        _ => "港澳台",
    };

    /// <summary>The four mainland regions in the conventional table order East, Central, West, Northeast.</summary>
    public static IReadOnlyList<StatisticalRegion> Mainland { get; } =
        [StatisticalRegion.East, StatisticalRegion.Central, StatisticalRegion.West, StatisticalRegion.Northeast];
}
