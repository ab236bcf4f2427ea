namespace CapitalNetwork;

/// <summary>How <see cref="GexfWriter.WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/> puts yearly snapshots on
/// Gephi's timeline. Years are integers; a spell <c>[a, b]</c> means the years a to b, both included.</summary>
public enum GexfTimeline
{
    /// <summary>
    /// The network grows: a node or edge appears in the first year it has a flow (or, for a node, registered funds) and
    /// stays until the last year of the series (one spell <c>[first, last]</c>); its dynamic attributes (suffix
    /// <c>_cumulative</c>) hold the totals of every year up to and including each year, i.e. the figures of
    /// <see cref="NetworkSeries.Through(int)"/>. Gephi's timeline then plays the network's growth.
    /// </summary>
    Cumulative,

    /// <summary>
    /// Each year on its own: a node or edge is present in exactly the years in which it has a flow (or registered funds),
    /// consecutive years merged into one spell; its dynamic attributes (suffix <c>_year</c>) hold that year's figures,
    /// i.e. those of the snapshot <see cref="NetworkSeries"/><c>[year]</c>.
    /// </summary>
    PerYear,
}
