using System.Globalization;
using CapitalNetwork.Csv;

namespace CapitalNetwork.Measures;

/// <summary>
/// The four-region comparison of a city network: per mainland region (East, Central, West, Northeast) the cities, the
/// <b>funds registered</b> there, and what the region attracts and supplies under one <see cref="EdgeWeight"/> and how
/// much of it stays inside the region, with the region-to-region flows. Hong Kong, Macao and Taiwan are outside the NBS
/// four-region scheme: they are not a row of the comparison but reported apart (<see cref="Outside"/>), and their
/// flows stay in the figures of the mainland regions they reach. Immutable.
/// </summary>
/// <remarks>
/// <para>Two different counts: <see cref="RegionFigures.FundsRegistered"/> counts each fund once, in the region where
/// it is registered, and adds up to the number of funds; the attracted figure under <see cref="EdgeWeight.Funds"/>
/// counts <b>fund–city links</b> — a fund once per city its partners sit in — and adds up to more (on the repository's
/// sample filings: 656 funds, 2,539 fund–city links). <see cref="Unit"/> names what the weight counts.</para>
/// <para>The flows equal those of <see cref="FlowNetwork.RollUp(RollUpLevel)"/> with <see cref="RollUpLevel.Region"/>
/// (in-strength, out-strength and self-loop of each region node), computed in one pass over the edges:
/// F(r, s) = Σ_{i∈r, j∈s} w_ij, A(s) = Σ_r F(r, s), S(r) = Σ_s F(r, s), W(r) = F(r, r). Directed; self-loops (local
/// capital) count as flows within their region. Shares are of the whole network's total, so the four regions and
/// Outside add up to 1. O(n + m).</para>
/// </remarks>
public sealed class RegionComparison
{
    private readonly double[,] _flows;
    private readonly RegionFigures[] _byRegion;

    private RegionComparison(EdgeWeight weight, RegionFigures[] byRegion, double[,] flows)
    {
        Weight = weight;
        _byRegion = byRegion;
        _flows = flows;
        Rows = [.. StatisticalRegionNames.Mainland.Select(r => byRegion[(int)r])];
        Outside = byRegion[(int)StatisticalRegion.Outside];
    }

    /// <summary>Compares the four mainland regions of a city network, with Hong Kong, Macao and Taiwan reported apart.</summary>
    /// <param name="network">A city network (<see cref="FlowNetwork.IsCityNetwork"/>).</param>
    /// <param name="weight">The edge weight of the flows: <see cref="EdgeWeight.Funds"/> (fund–city links, default), <see cref="EdgeWeight.Links"/> (partner links) or <see cref="EdgeWeight.Capital"/>.</param>
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
        var allRegistered = registered.Sum();
        var figures = new RegionFigures[k];
        foreach (var region in regions)
        {
            var r = (int)region;
            double attracted = 0, supplied = 0;
            for (var s = 0; s < k; s++)
            {
                attracted += flows[s, r];
                supplied += flows[r, s];
            }
            figures[r] = new RegionFigures(region, cities[r], registered[r], allRegistered, weight, attracting[r], supplying[r],
                attracted, supplied, flows[r, r], total);
        }
        return new RegionComparison(weight, figures, flows);
    }

    /// <summary>The weight of the flows.</summary>
    public EdgeWeight Weight { get; }

    /// <summary>
    /// What the flows count, for headings: <c>fund–city links</c> (<see cref="EdgeWeight.Funds"/>: each fund once per
    /// city of its partners), <c>partner links</c> (<see cref="EdgeWeight.Links"/>: fund–partner pairs) or
    /// <c>capital (CNY)</c>.
    /// </summary>
    public string Unit => UnitOf(Weight);

    /// <summary>The four mainland regions, in the order East, Central, West, Northeast.</summary>
    public IReadOnlyList<RegionFigures> Rows { get; }

    /// <summary>Hong Kong, Macao and Taiwan (港澳台), outside the four-region scheme: reported apart, not a row of the comparison.</summary>
    public RegionFigures Outside { get; }

    /// <summary>The figures of one region (<see cref="StatisticalRegion.Outside"/> gives <see cref="Outside"/>).</summary>
    /// <param name="region">The region.</param>
    public RegionFigures this[StatisticalRegion region] => _byRegion[(int)region];

    /// <summary>Σ of the weight over all edges of the network, Outside included: the denominator of the shares.</summary>
    public double Total => Outside.Total;

    /// <summary>Distinct funds registered in every city of the network (the four regions and Outside).</summary>
    public double FundsRegistered => Outside.FundsRegisteredTotal;

    /// <summary>The flow F(from, to): Σ of the weight over edges from cities of <paramref name="from"/> to cities of <paramref name="to"/> (either may be <see cref="StatisticalRegion.Outside"/>).</summary>
    /// <param name="from">The supplying (partner) region.</param>
    /// <param name="to">The attracting (fund) region.</param>
    /// <returns>The flow.</returns>
    public double Flow(StatisticalRegion from, StatisticalRegion to) => _flows[(int)from, (int)to];

    /// <summary>
    /// Writes the comparison as CSV: a header, one line per mainland region (East, Central, West, Northeast), then the
    /// line of Hong Kong, Macao and Taiwan (<c>Outside</c>, reported apart). Columns: <c>region, region_zh, cities,
    /// funds_registered, funds_registered_share, attracting_cities, supplying_cities</c>, then for the weight's unit
    /// <c>U</c> = <c>fund_city_links</c>, <c>partner_links</c> or <c>capital_cny</c>: <c>U_attracted,
    /// U_attracted_share, U_supplied, U_supplied_share, U_net_inflow, U_within_region, U_from_own_region_share</c>.
    /// Numbers in invariant culture and shortest round-trip form, empty where undefined (NaN); LF line ends.
    /// </summary>
    /// <param name="writer">Where to write (its encoding decides the bytes).</param>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    public void WriteCsv(TextWriter writer, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var u = Weight switch { EdgeWeight.Funds => "fund_city_links", EdgeWeight.Links => "partner_links", _ => "capital_cny" };
        string[] header =
        [
            "region", "region_zh", "cities", "funds_registered", "funds_registered_share", "attracting_cities", "supplying_cities",
            u + "_attracted", u + "_attracted_share", u + "_supplied", u + "_supplied_share", u + "_net_inflow", u + "_within_region",
            u + "_from_own_region_share",
        ];
        CsvRows.Table(writer, header, Rows.Append(Outside).Select(r => new[]
        {
            r.Region.ToString(), r.Region.Chinese(), Int(r.Cities), Num(r.FundsRegistered), Num(r.FundsRegisteredShare),
            Int(r.AttractingCities), Int(r.SupplyingCities), Num(r.Attracted), Num(r.AttractedShare), Num(r.Supplied),
            Num(r.SuppliedShare), Num(r.NetInflow), Num(r.WithinRegion), Num(r.WithinShare),
        }), cells);
    }

    /// <summary>The CSV of <see cref="WriteCsv"/> as a string.</summary>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <returns>The CSV text.</returns>
    public string ToCsv(CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(text, cells);
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"RegionComparison: funds registered {string.Join(", ", Rows.Select(r => $"{r.Region} {r.FundsRegistered:N0}"))} ({FundsRegistered:N0} in all); " +
        $"{Unit} attracted {string.Join(", ", Rows.Select(r => $"{r.Region} {r.AttractedShare:P1}"))} ({Total:N0} in all); " +
        $"Hong Kong, Macao, Taiwan apart: funds registered {Outside.FundsRegistered:N0}, {Unit} attracted {Outside.AttractedShare:P1}, supplied {Outside.SuppliedShare:P1}");

    /// <summary>What a weight counts, for headings (see <see cref="Unit"/>).</summary>
    internal static string UnitOf(EdgeWeight weight) => weight switch
    {
        EdgeWeight.Funds => "fund–city links",
        EdgeWeight.Links => "partner links",
        _ => "capital (CNY)",
    };

    private static string Int(int x) => x.ToString(CultureInfo.InvariantCulture);

    private static string Num(double x) => double.IsFinite(x) ? x.ToString("R", CultureInfo.InvariantCulture) : "";
}
