namespace CapitalNetwork;

/// <summary>
/// Yearly snapshots of a network on one shared node index: the network of the funds filed in each year, the
/// total (all years, undated funds included), and cumulative networks (all funds filed up to a year).
/// Immutable.
/// </summary>
public sealed class NetworkSeries
{
    private readonly SortedDictionary<int, FlowNetwork> _byYear;

    internal NetworkSeries(FlowNetwork total, SortedDictionary<int, FlowNetwork> byYear)
    {
        Total = total;
        _byYear = byYear;
        Years = byYear.Keys.ToArray();
    }

    /// <summary>The network of every counted row (undated ones included).</summary>
    public FlowNetwork Total { get; }

    /// <summary>The filing years present, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The network of the funds filed in one year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The snapshot; an empty network (same nodes) for a year without filings.</returns>
    public FlowNetwork this[int year] => _byYear.TryGetValue(year, out var n) ? n : FlowNetworkBuilder.WithNodes(Total.NodeArray).Build();

    /// <summary>The cumulative network of the funds filed up to and including <paramref name="year"/> (undated funds excluded).</summary>
    /// <param name="year">The last year included.</param>
    /// <returns>The sum of the yearly snapshots ≤ year (an empty network when there are none).</returns>
    public FlowNetwork Through(int year)
    {
        var parts = _byYear.Where(kv => kv.Key <= year).Select(kv => kv.Value).ToList();
        return parts.Count == 0 ? FlowNetworkBuilder.WithNodes(Total.NodeArray).Build() : FlowNetwork.Sum(parts);
    }
}
