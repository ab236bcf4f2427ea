namespace CapitalNetwork;

/// <summary>How <see cref="GexfWriter.WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/> puts yearly snapshots on
/// Gephi's timeline. Years are integers; a spell <c>[a, b]</c> means the years a to b, both included.</summary>
public enum GexfTimeline
{
    /// <summary>
    /// The network grows: an edge appears in the first year it has a flow and stays until the last year of the series
    /// (one spell <c>[first, last]</c>); the dynamic attributes (suffix <c>_cumulative</c>) of nodes and edges hold the
    /// totals of every year up to and including each year, i.e. the figures of <see cref="NetworkSeries.Through(int)"/>
    /// (0 for a city before its first flow or registered fund). Gephi's timeline then plays the network's growth.
    /// Nodes are on the timeline in every year (see <see cref="GexfWriter.WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/>).
    /// </summary>
    Cumulative,

    /// <summary>
    /// Each year on its own: an edge is present in exactly the years in which it has a flow, consecutive years merged
    /// into one spell; the dynamic attributes (suffix <c>_year</c>) of nodes and edges hold that year's figures, i.e.
    /// those of the snapshot <see cref="NetworkSeries"/><c>[year]</c> (0 for a city in a year without a flow or a
    /// registered fund). Nodes are on the timeline in every year (see
    /// <see cref="GexfWriter.WriteDynamic(NetworkSeries, Stream, GexfOptions?)"/>).
    /// </summary>
    PerYear,
}
