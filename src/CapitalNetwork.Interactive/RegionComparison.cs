using CapitalNetwork.Html;

namespace CapitalNetwork;

/// <summary>
/// The four-region comparison of a city network (East, Central, West, Northeast, and Outside for Hong Kong, Macao and
/// Taiwan): per region, the cities, the funds registered, what the region attracts and supplies and how much of it
/// stays inside the region, and the region-to-region flow matrix, all under one <see cref="EdgeWeight"/>. Immutable.
/// </summary>
/// <remarks>
/// The figures equal those of <see cref="FlowNetwork.RollUp(RollUpLevel)"/> with <see cref="RollUpLevel.Region"/>
/// (in-strength, out-strength and self-loop of each region node), computed in one pass over the edges:
/// F(r, s) = Σ_{i∈r, j∈s} w_ij, A(s) = Σ_r F(r, s), S(r) = Σ_s F(r, s), W(r) = F(r, r). Directed; self-loops (local
/// capital) count as flows within their region. O(n + m).
/// </remarks>
public sealed class RegionComparison
{
    private readonly double[,] _flows;

    private RegionComparison(EdgeWeight weight, RegionFigures[] rows, double[,] flows)
    {
        Weight = weight;
        Rows = rows;
        _flows = flows;
    }

    /// <summary>Compares the regions of a city network.</summary>
    /// <param name="network">A city network (<see cref="FlowNetwork.IsCityNetwork"/>).</param>
    /// <param name="weight">The edge weight compared. Default <see cref="EdgeWeight.Funds"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static RegionComparison Of(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!network.IsCityNetwork)
            throw new InvalidOperationException("A regional comparison needs a city network (nodes from the gazetteer).");
        var regions = Enum.GetValues<StatisticalRegion>();
        var k = regions.Length;
        var flows = new double[k, k];
        var w = network.Weights(weight);
        var src = network.Sources;
        var tgt = network.Targets;
        for (var e = 0; e < network.EdgeCount; e++)
            flows[(int)network.Nodes[src[e]].Region, (int)network.Nodes[tgt[e]].Region] += w[e];
        var cities = new int[k];
        var attracting = new int[k];
        var supplying = new int[k];
        var registered = new double[k];
        for (var v = 0; v < network.NodeCount; v++)
        {
            var r = (int)network.Nodes[v].Region;
            cities[r]++;
            if (network.InStrength(v, weight) > 0) attracting[r]++;
            if (network.OutStrength(v, weight) > 0) supplying[r]++;
            registered[r] += network.RegisteredFunds(v);
        }
        var total = network.TotalWeight(weight);
        var rows = new RegionFigures[k];
        foreach (var region in regions)
        {
            var r = (int)region;
            double attracted = 0, supplied = 0;
            for (var s = 0; s < k; s++)
            {
                attracted += flows[s, r];
                supplied += flows[r, s];
            }
            rows[r] = new RegionFigures(region, cities[r], attracting[r], supplying[r], registered[r], attracted, supplied, flows[r, r], total);
        }
        return new RegionComparison(weight, rows, flows);
    }

    /// <summary>The weight compared.</summary>
    public EdgeWeight Weight { get; }

    /// <summary>One row per region, in the order East, Central, West, Northeast, Outside.</summary>
    public IReadOnlyList<RegionFigures> Rows { get; }

    /// <summary>The row of one region.</summary>
    /// <param name="region">The region.</param>
    public RegionFigures this[StatisticalRegion region] => Rows[(int)region];

    /// <summary>Σ of the weight over all edges.</summary>
    public double Total => Rows[0].Total;

    /// <summary>The flow F(from, to): Σ of the weight over edges from cities of <paramref name="from"/> to cities of <paramref name="to"/>.</summary>
    /// <param name="from">The supplying (partner) region.</param>
    /// <param name="to">The attracting (fund) region.</param>
    /// <returns>The flow.</returns>
    public double Flow(StatisticalRegion from, StatisticalRegion to) => _flows[(int)from, (int)to];

    /// <inheritdoc />
    public override string ToString() =>
        "RegionComparison (" + HtmlText.F($"weight={Weight}") + "): " +
        string.Join(", ", Rows.Select(r => HtmlText.F($"{r.Region} {r.AttractedShare:P1}")));
}
