using System.Text;
using CapitalNetwork.Interactive.Html;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Interactive;

/// <summary>
/// The HTML views of CapitalNetwork results, as strings: what the notebook formatters registered by
/// <see cref="CapitalNetworkFormatters.Register"/> write, usable without a notebook too (write them to a file, or to a
/// report). Every view is one self-contained <c>&lt;div class="capnet …"&gt;</c> with its own small style block; text is
/// HTML-encoded; numbers are culture-independent; tables marked sortable re-sort on a header click (an inline handler,
/// no script block). Pure functions of their input.
/// </summary>
public static class HtmlViews
{
    /// <summary>
    /// The network summary: node and edge counts (self-loops = local capital), totals and local shares of the three
    /// weights, how many nodes attract, supply or are isolated, and the <paramref name="top"/> nodes by funds attracted
    /// (in-strength by funds, self-loop included) with their funds registered, capital attracted and degrees. O(n log n + m).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="top">How many leading nodes to list (0 for none). Default 10.</param>
    /// <returns>The HTML (<c>div.capnet.capnet-network</c>).</returns>
    public static string Network(FlowNetwork network, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(network);
        var sb = HtmlText.Open("capnet-network");
        var loops = 0;
        for (var e = 0; e < network.EdgeCount; e++) if (network.Sources[e] == network.Targets[e]) loops++;
        sb.Append("<h4>").Append(network.IsCityNetwork ? "City network" : "Network").Append(": ")
          .Append(HtmlText.Int(network.NodeCount)).Append(" nodes · ").Append(HtmlText.Int(network.EdgeCount)).Append(" edges (")
          .Append(HtmlText.Int(loops)).Append(" self-loops = local capital)</h4>");

        sb.Append("<table class=\"capnet-totals\"><caption>Weights</caption><thead><tr>");
        HtmlText.Th(sb, "weight"); HtmlText.Th(sb, "total", numeric: true); HtmlText.Th(sb, "local (self-loops)", numeric: true); HtmlText.Th(sb, "local share", numeric: true);
        sb.Append("</tr></thead><tbody>");
        foreach (var w in Enum.GetValues<EdgeWeight>())
        {
            var total = network.TotalWeight(w);
            var local = 0.0;
            for (var v = 0; v < network.NodeCount; v++) local += network.LocalStrength(v, w);
            var capital = w == EdgeWeight.Capital;
            sb.Append("<tr>");
            HtmlText.Td(sb, capital ? "capital (亿元)" : w == EdgeWeight.Funds ? "funds (distinct per edge)" : "partner links");
            HtmlText.TdNum(sb, total, capital ? HtmlText.Yi(total) : null);
            HtmlText.TdNum(sb, local, capital ? HtmlText.Yi(local) : null);
            HtmlText.TdNum(sb, total > 0 ? local / total : double.NaN, HtmlText.Percent(total > 0 ? local / total : double.NaN));
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");

        int attracting = 0, supplying = 0, isolated = 0;
        double registered = 0;
        for (var v = 0; v < network.NodeCount; v++)
        {
            if (network.InStrength(v, EdgeWeight.Links) > 0) attracting++;
            if (network.OutStrength(v, EdgeWeight.Links) > 0) supplying++;
            if (network.InDegree(v) + network.OutDegree(v) == 0) isolated++;
            registered += network.RegisteredFunds(v);
        }
        sb.Append("<table class=\"capnet-nodes\"><caption>Nodes</caption><tbody>");
        HtmlText.KeyValue(sb, "nodes", HtmlText.Int(network.NodeCount));
        HtmlText.KeyValue(sb, "attracting (in-flow > 0)", HtmlText.Int(attracting));
        HtmlText.KeyValue(sb, "supplying (out-flow > 0)", HtmlText.Int(supplying));
        HtmlText.KeyValue(sb, "isolated (no edge)", HtmlText.Int(isolated));
        if (registered > 0) HtmlText.KeyValue(sb, "funds registered", HtmlText.Number(registered));
        sb.Append("</tbody></table>");

        if (top > 0 && network.NodeCount > 0)
        {
            var ranked = Enumerable.Range(0, network.NodeCount)
                .Select(v => (v, funds: network.InStrength(v, EdgeWeight.Funds)))
                .OrderByDescending(x => x.funds).ThenBy(x => x.v).Take(top).ToArray();
            sb.Append("<br/><table class=\"capnet-top capnet-sortable\"><caption>Top ").Append(ranked.Length)
              .Append(" by funds attracted (in-strength by funds, local included)</caption><thead><tr>");
            HtmlText.Th(sb, "#", numeric: true, sortable: true);
            NodeHeaders(sb, network);
            HtmlText.Th(sb, "funds attracted", numeric: true, sortable: true);
            HtmlText.Th(sb, "funds registered", numeric: true, sortable: true);
            HtmlText.Th(sb, "capital attracted (亿元)", numeric: true, sortable: true);
            HtmlText.Th(sb, "in-degree", numeric: true, sortable: true, title: "cities that send capital in (a self-loop counts 1)");
            HtmlText.Th(sb, "out-degree", numeric: true, sortable: true);
            sb.Append("</tr></thead><tbody>");
            var rank = 0;
            foreach (var (v, funds) in ranked)
            {
                sb.Append("<tr>");
                HtmlText.TdNum(sb, ++rank);
                NodeCells(sb, network.Nodes[v]);
                HtmlText.TdNum(sb, funds);
                HtmlText.TdNum(sb, network.RegisteredFunds(v));
                var capital = network.InStrength(v, EdgeWeight.Capital);
                HtmlText.TdNum(sb, capital, HtmlText.Yi(capital));
                HtmlText.TdNum(sb, network.InDegree(v));
                HtmlText.TdNum(sb, network.OutDegree(v));
                sb.Append("</tr>");
            }
            sb.Append("</tbody></table>");
        }
        return HtmlText.Close(sb);
    }

    /// <summary>
    /// The ingest report: rows read, used, rejected and outside the date window with the reconciliation check, warnings,
    /// funds and capital; the diagnostics counted per reason code; and the first <paramref name="maxDiagnostics"/>
    /// diagnostics (file line, column, code, severity, message, raw text) in a sortable table. O(diagnostics).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="maxDiagnostics">How many diagnostics to list (0 for none). Default 50.</param>
    /// <returns>The HTML (<c>div.capnet.capnet-report</c>).</returns>
    public static string Report(IngestReport report, int maxDiagnostics = 50)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = HtmlText.Open("capnet-report");
        AppendReport(sb, report, maxDiagnostics);
        return HtmlText.Close(sb);
    }

    /// <summary>
    /// An ingest as a whole: the report (see <see cref="Report"/>), the network summary (see <see cref="Network"/>) and
    /// the funds filed per year (a table and an inline SVG bar chart of the yearly snapshots). O(n log n + m · years).
    /// </summary>
    /// <param name="result">The result of <see cref="CityNetwork.FromFilings(string, IngestOptions?, CancellationToken)"/>.</param>
    /// <param name="maxDiagnostics">How many diagnostics to list. Default 50.</param>
    /// <returns>The HTML (<c>div.capnet.capnet-ingest</c>, holding the report and network views).</returns>
    public static string Ingest(IngestResult result, int maxDiagnostics = 50)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = HtmlText.Open("capnet-ingest");
        AppendReport(sb, result.Report, maxDiagnostics);
        sb.Append(Network(result.Network));
        var years = result.Years.Years;
        if (years.Count > 0)
        {
            sb.Append("<div class=\"capnet-years\"><table class=\"capnet-sortable\"><caption>By filing year</caption><thead><tr>");
            HtmlText.Th(sb, "year", numeric: true, sortable: true);
            HtmlText.Th(sb, "funds filed", numeric: true, sortable: true);
            HtmlText.Th(sb, "partner links", numeric: true, sortable: true);
            HtmlText.Th(sb, "capital (亿元)", numeric: true, sortable: true);
            sb.Append("</tr></thead><tbody>");
            var bars = new List<Bar>();
            foreach (var y in years)
            {
                var snap = result.Years[y];
                var funds = Enumerable.Range(0, snap.NodeCount).Sum(snap.RegisteredFunds);
                var capital = snap.TotalWeight(EdgeWeight.Capital);
                sb.Append("<tr>");
                HtmlText.TdNum(sb, y, y.ToString(System.Globalization.CultureInfo.InvariantCulture));
                HtmlText.TdNum(sb, funds);
                HtmlText.TdNum(sb, snap.TotalWeight(EdgeWeight.Links));
                HtmlText.TdNum(sb, capital, HtmlText.Yi(capital));
                sb.Append("</tr>");
                bars.Add(new Bar(y.ToString(System.Globalization.CultureInfo.InvariantCulture), funds, HtmlText.Number(funds), "#0072B2"));
            }
            sb.Append("</tbody></table>");
            sb.Append(SvgBars.Render("Funds filed per year", bars));
            sb.Append("</div>");
        }
        return HtmlText.Close(sb);
    }

    /// <summary>
    /// A per-node measure table: the rows chosen by <see cref="MeasureTable.Rows"/> (top-k by one column, optionally
    /// one region), with rank, node (city, province, region for city networks) and one column per measure; the sort
    /// column carries a proportional bar; a footer gives each measure's Σ and its count of non-zero values over all
    /// nodes. Sortable. O(n log n · columns).
    /// </summary>
    /// <param name="table">The table and its options.</param>
    /// <returns>The HTML (<c>div.capnet.capnet-measures</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MeasureTable.SortBy"/> is not a column index.</exception>
    public static string Measures(MeasureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows();
        var network = table.Network;
        var sortColumn = table.Columns[table.SortBy];
        var sb = HtmlText.Open("capnet-measures");
        var caption = table.Title ?? HtmlText.F($"{(table.Top > 0 ? "Top " + rows.Count : "All " + rows.Count)} of {network.NodeCount:N0} nodes by {sortColumn.Measure}{(table.Ascending ? " (smallest first)" : "")}{(table.Region is { } r ? $", {r} {r.Chinese()} only" : "")}");
        sb.Append("<table class=\"capnet-sortable\"><caption>").Append(HtmlText.Encode(caption)).Append("</caption><thead><tr>");
        HtmlText.Th(sb, "#", numeric: true, sortable: true);
        NodeHeaders(sb, network);
        foreach (var c in table.Columns) HtmlText.Th(sb, c.Measure, numeric: true, sortable: true);
        sb.Append("</tr></thead><tbody>");
        var shownMax = rows.Select(v => sortColumn[v]).Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        var rank = 0;
        foreach (var v in rows)
        {
            sb.Append("<tr>");
            HtmlText.TdNum(sb, ++rank);
            NodeCells(sb, network.Nodes[v]);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var x = table.Columns[c][v];
                if (c == table.SortBy && shownMax > 0 && double.IsFinite(x))
                {
                    var pct = Math.Abs(x) / shownMax * 100;
                    sb.Append(HtmlText.F($"<td class=\"n\" data-v=\"{HtmlText.Raw(x)}\" style=\"background:linear-gradient(90deg,rgba(0,114,178,.16) {pct:0.#}%,transparent {pct:0.#}%)\">"))
                      .Append(HtmlText.Encode(HtmlText.Number(x))).Append("</td>");
                }
                else HtmlText.TdNum(sb, x);
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody><tfoot><tr class=\"muted\"><td></td><td colspan=\"").Append(network.IsCityNetwork ? 3 : 1)
          .Append("\">all ").Append(HtmlText.Int(network.NodeCount)).Append(" nodes: Σ (non-zero)</td>");
        foreach (var c in table.Columns)
        {
            var nonzero = c.Values.Count(x => x != 0 && !double.IsNaN(x));
            sb.Append("<td class=\"n\">").Append(HtmlText.Encode(HtmlText.Number(c.Values.Where(x => !double.IsNaN(x)).Sum())))
              .Append(" (").Append(HtmlText.Int(nonzero)).Append(")</td>");
        }
        sb.Append("</tr></tfoot></table>");
        return HtmlText.Close(sb);
    }

    /// <summary>A per-node measure as a table of its top <paramref name="top"/> nodes (see <see cref="Measures(MeasureTable)"/>).</summary>
    /// <param name="values">The measure.</param>
    /// <param name="top">How many rows; 0 or less for all. Default 20.</param>
    /// <returns>The HTML.</returns>
    public static string Measures(NodeValues values, int top = 20) => Measures(MeasureTable.Of(values) with { Top = top });

    /// <summary>
    /// The four-region comparison: a sortable table of the four mainland regions that leads with the funds registered
    /// (each fund once, where it is registered) and their share, then the cities that attract anything, what each
    /// region attracts and supplies under the comparison's weight (headed by what it counts: fund–city links, partner
    /// links or capital), the net inflow and the share attracted from the region itself; under it the subtotal of the
    /// four regions, Hong Kong, Macao and Taiwan on a line apart, and the total; a note on the two counts; the
    /// region-to-region flow matrix (rows supply, columns attract; Hong Kong, Macao and Taiwan apart); and an inline
    /// SVG bar chart of the four regions' attracted and supplied shares. Capital is shown in 亿元 (10⁸ CNY). O(regions²).
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The HTML (<c>div.capnet.capnet-regions</c>).</returns>
    public static string Regions(RegionComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var capital = comparison.Weight == EdgeWeight.Capital;
        string Show(double x) => capital ? HtmlText.Yi(x) : HtmlText.Number(x);
        var unit = capital ? "capital (亿元)" : comparison.Unit;
        const string apart = "Hong Kong, Macao, Taiwan";
        var mainland = comparison.Rows;
        var outside = comparison.Outside;
        var sb = HtmlText.Open("capnet-regions");
        sb.Append("<table class=\"capnet-sortable\"><caption>Four mainland regions: funds registered, and ").Append(HtmlText.Encode(unit))
          .Append(" attracted and supplied</caption><thead><tr>");
        HtmlText.Th(sb, "region", sortable: true);
        HtmlText.Th(sb, "funds registered", numeric: true, sortable: true, title: "distinct funds whose registration place is in the region: each fund counted once");
        HtmlText.Th(sb, "share", numeric: true, sortable: true, title: "share of all funds registered");
        HtmlText.Th(sb, "cities", numeric: true, sortable: true, title: $"cities attracting {unit} / all cities");
        HtmlText.Th(sb, unit + " attracted", numeric: true, sortable: true,
            title: comparison.Weight == EdgeWeight.Funds
                ? "in-strength by funds: each fund counted once per city its partners sit in, so the links add up to more than the funds"
                : $"Σ of {unit} over edges into the region's cities");
        HtmlText.Th(sb, "share", numeric: true, sortable: true);
        HtmlText.Th(sb, unit + " supplied", numeric: true, sortable: true, title: $"Σ of {unit} over edges out of the region's cities");
        HtmlText.Th(sb, "share", numeric: true, sortable: true);
        HtmlText.Th(sb, "net inflow", numeric: true, sortable: true, title: "attracted − supplied");
        HtmlText.Th(sb, "from own region", numeric: true, sortable: true, title: "share of what the region attracts that comes from the region itself");
        sb.Append("</tr></thead><tbody>");
        foreach (var r in mainland)
        {
            sb.Append("<tr>");
            HtmlText.RegionCell(sb, r.Region);
            RegionCells(sb, r, Show);
            sb.Append("</tr>");
        }
        sb.Append("</tbody><tfoot>");
        var sum = new RegionFigures(StatisticalRegion.East, mainland.Sum(r => r.Cities), mainland.Sum(r => r.FundsRegistered), comparison.FundsRegistered,
            comparison.Weight, mainland.Sum(r => r.AttractingCities), mainland.Sum(r => r.SupplyingCities), mainland.Sum(r => r.Attracted),
            mainland.Sum(r => r.Supplied), double.NaN, comparison.Total);
        sb.Append("<tr class=\"muted\"><td>four regions</td>");
        RegionCells(sb, sum, Show);
        sb.Append("</tr><tr class=\"muted\">");
        ApartCell(sb, apart);
        RegionCells(sb, outside, Show);
        sb.Append("</tr><tr class=\"muted\"><td>total</td>");
        var all = new RegionFigures(StatisticalRegion.East, sum.Cities + outside.Cities, comparison.FundsRegistered, comparison.FundsRegistered,
            comparison.Weight, sum.AttractingCities + outside.AttractingCities, sum.SupplyingCities + outside.SupplyingCities, comparison.Total,
            comparison.Total, double.NaN, comparison.Total);
        RegionCells(sb, all, Show, totals: true);
        sb.Append("</tr></tfoot></table>");

        sb.Append("<p class=\"muted\">Funds registered count each fund once, in the region where it is registered (")
          .Append(HtmlText.Number(comparison.FundsRegistered)).Append(" in all). ");
        if (comparison.Weight == EdgeWeight.Funds)
            sb.Append("Fund–city links count a fund once per city its partners sit in (").Append(HtmlText.Number(comparison.Total))
              .Append(" in all), so they add up to more than the funds. ");
        sb.Append(HtmlText.Encode(apart)).Append(" are outside the four-region scheme and reported apart; their flows into mainland funds count in the mainland regions' attracted figures.</p>");

        sb.Append("<table class=\"capnet-flows\"><caption>Flows of ").Append(HtmlText.Encode(unit))
          .Append(" between regions (rows supply → columns attract)</caption><thead><tr>");
        HtmlText.Th(sb, "from \\ to");
        foreach (var r in mainland) HtmlText.Th(sb, r.Region.Chinese(), numeric: true, title: r.Region.ToString());
        HtmlText.Th(sb, StatisticalRegion.Outside.Chinese() + " (apart)", numeric: true, title: apart);
        HtmlText.Th(sb, "supplied", numeric: true);
        sb.Append("</tr></thead><tbody>");
        foreach (var from in mainland.Append(outside))
        {
            if (from.Region == StatisticalRegion.Outside)
            {
                sb.Append("<tr class=\"muted\">");
                ApartCell(sb, apart);
            }
            else
            {
                sb.Append("<tr>");
                HtmlText.RegionCell(sb, from.Region);
            }
            foreach (var to in mainland.Append(outside))
            {
                var f = comparison.Flow(from.Region, to.Region);
                HtmlText.TdNum(sb, f, Show(f));
            }
            HtmlText.TdNum(sb, from.Supplied, Show(from.Supplied));
            sb.Append("</tr>");
        }
        sb.Append("<tr class=\"muted\"><td>attracted</td>");
        foreach (var to in mainland.Append(outside)) HtmlText.TdNum(sb, to.Attracted, Show(to.Attracted));
        HtmlText.TdNum(sb, comparison.Total, Show(comparison.Total));
        sb.Append("</tr></tbody></table>");

        var bars = new List<Bar>();
        foreach (var r in mainland)
        {
            bars.Add(new Bar($"{r.Region.Chinese()} attracted", r.AttractedShare, HtmlText.Percent(r.AttractedShare), HtmlText.Color(r.Region)));
            bars.Add(new Bar($"{r.Region.Chinese()} supplied", r.SuppliedShare, HtmlText.Percent(r.SuppliedShare), HtmlText.Color(r.Region), 0.45));
        }
        sb.Append("<div>").Append(SvgBars.Render($"Shares of {unit} attracted and supplied (港澳台 apart: {HtmlText.Percent(outside.AttractedShare)} attracted, {HtmlText.Percent(outside.SuppliedShare)} supplied)", bars)).Append("</div>");
        return HtmlText.Close(sb);
    }

    /// <summary>The first cell of the line of Hong Kong, Macao and Taiwan, reported apart from the four regions.</summary>
    private static void ApartCell(StringBuilder sb, string apart) =>
        sb.Append("<td title=\"outside the NBS four-region scheme: reported apart, not a region of the comparison\">")
          .Append("<span class=\"sw\" style=\"background:").Append(HtmlText.Color(StatisticalRegion.Outside)).Append("\"></span>")
          .Append(HtmlText.Encode(apart + " " + StatisticalRegion.Outside.Chinese())).Append(" (apart)</td>");

    /// <summary>The numeric cells of one line of the regions table (the totals line shows no net inflow or own-region share).</summary>
    private static void RegionCells(StringBuilder sb, RegionFigures r, Func<double, string> show, bool totals = false)
    {
        HtmlText.TdNum(sb, r.FundsRegistered);
        HtmlText.TdNum(sb, r.FundsRegisteredShare, HtmlText.Percent(r.FundsRegisteredShare));
        HtmlText.TdNum(sb, r.Cities, HtmlText.F($"{r.AttractingCities:N0} / {r.Cities:N0}"));
        HtmlText.TdNum(sb, r.Attracted, show(r.Attracted));
        HtmlText.TdNum(sb, r.AttractedShare, HtmlText.Percent(r.AttractedShare));
        HtmlText.TdNum(sb, r.Supplied, show(r.Supplied));
        HtmlText.TdNum(sb, r.SuppliedShare, HtmlText.Percent(r.SuppliedShare));
        if (totals)
        {
            sb.Append("<td></td><td></td>");
            return;
        }
        HtmlText.TdNum(sb, r.NetInflow, show(r.NetInflow));
        HtmlText.TdNum(sb, r.WithinShare, HtmlText.Percent(r.WithinShare));
    }

    /// <summary>An SVG picture inline (its <c>&lt;svg&gt;</c> element in a <c>div.capnet.capnet-svg</c>). O(size).</summary>
    /// <param name="picture">The picture.</param>
    /// <returns>The HTML.</returns>
    public static string Svg(SvgPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        return "<div class=\"capnet capnet-svg\">" + picture.Element + "</div>";
    }

    /// <summary>A picture of the library's SVG export (<see cref="NetworkSvg"/>, <see cref="SvgCharts"/>) inline. O(size).</summary>
    /// <param name="image">The image.</param>
    /// <returns>The HTML (<c>div.capnet.capnet-svg</c>).</returns>
    public static string Svg(SvgImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Svg(new SvgPicture(image.Text));
    }

    /// <summary>
    /// A core–periphery partition (Borgatti–Everett): the network view, block pattern, search, core size and fit ρ;
    /// the densities of the core–core, core–periphery and periphery–periphery blocks; and the core nodes with their
    /// funds attracted and supplied (in- and out-strength by funds), at most <paramref name="maxCore"/> of them,
    /// largest in-strength first. Sortable. O(n log n + m).
    /// </summary>
    /// <param name="partition">The partition.</param>
    /// <param name="maxCore">How many core nodes to list. Default 50.</param>
    /// <returns>The HTML (<c>div.capnet.capnet-core</c>).</returns>
    public static string CorePeriphery(CorePeripheryPartition partition, int maxCore = 50)
    {
        ArgumentNullException.ThrowIfNull(partition);
        var network = partition.Network;
        var sb = HtmlText.Open("capnet-core");
        sb.Append("<h4>Core and periphery (Borgatti–Everett): core of ").Append(HtmlText.Int(partition.CoreSize)).Append(" of ")
          .Append(HtmlText.Int(network.NodeCount)).Append(" nodes, fit ρ = ").Append(HtmlText.Encode(double.IsNaN(partition.Fit) ? "undefined" : partition.Fit.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)))
          .Append("</h4>");
        sb.Append("<table class=\"capnet-core-blocks\"><caption>Blocks</caption><tbody>");
        HtmlText.KeyValue(sb, "network view", partition.View.ToString());
        HtmlText.KeyValue(sb, "ideal block pattern", partition.Block.ToString());
        HtmlText.KeyValue(sb, "search", partition.Search.ToString());
        HtmlText.KeyValue(sb, "density core–core", HtmlText.Number(partition.CoreDensity));
        HtmlText.KeyValue(sb, "density core–periphery", HtmlText.Number(partition.CorePeripheryDensity));
        HtmlText.KeyValue(sb, "density periphery–periphery", HtmlText.Number(partition.PeripheryDensity));
        sb.Append("</tbody></table>");
        var core = partition.Core.OrderByDescending(v => network.InStrength(v, EdgeWeight.Funds)).ThenBy(v => v).Take(Math.Max(0, maxCore)).ToArray();
        if (core.Length > 0)
        {
            sb.Append("<table class=\"capnet-sortable\"><caption>Core nodes").Append(core.Length < partition.CoreSize ? $" (first {core.Length})" : "").Append("</caption><thead><tr>");
            NodeHeaders(sb, network);
            HtmlText.Th(sb, "funds attracted", numeric: true, sortable: true);
            HtmlText.Th(sb, "funds supplied", numeric: true, sortable: true);
            HtmlText.Th(sb, "degree (in + out)", numeric: true, sortable: true);
            sb.Append("</tr></thead><tbody>");
            foreach (var v in core)
            {
                sb.Append("<tr>");
                NodeCells(sb, network.Nodes[v]);
                HtmlText.TdNum(sb, network.InStrength(v, EdgeWeight.Funds));
                HtmlText.TdNum(sb, network.OutStrength(v, EdgeWeight.Funds));
                HtmlText.TdNum(sb, network.InDegree(v) + network.OutDegree(v));
                sb.Append("</tr>");
            }
            sb.Append("</tbody></table>");
        }
        return HtmlText.Close(sb);
    }

    private static void AppendReport(StringBuilder sb, IngestReport report, int maxDiagnostics)
    {
        var delimiter = report.Delimiter == '\t' ? "tab" : $"'{report.Delimiter}'";
        sb.Append("<div class=\"capnet-report\"><h4>Ingest of ").Append(HtmlText.Encode(Path.GetFileName(report.File)))
          .Append(" <span class=\"muted\">(").Append(HtmlText.Encode(report.Encoding)).Append(", delimiter ").Append(HtmlText.Encode(delimiter)).Append(")</span></h4>");
        sb.Append("<table class=\"capnet-counts\"><caption>Rows</caption><tbody>");
        HtmlText.KeyValue(sb, "rows read", HtmlText.Int(report.RowsRead));
        HtmlText.KeyValue(sb, "rows used", HtmlText.Int(report.RowsUsed));
        HtmlText.KeyValue(sb, "rows rejected", HtmlText.Int(report.RowsRejected), report.RowsRejected > 0 ? "warn" : null);
        if (report.RowsOutsideWindow > 0) HtmlText.KeyValue(sb, "outside the date window", HtmlText.Int(report.RowsOutsideWindow));
        HtmlText.KeyValue(sb, "read = used + rejected + outside", report.Reconciles ? "✓ reconciles" : "✗ does not reconcile", report.Reconciles ? "ok" : "bad");
        HtmlText.KeyValue(sb, "warnings (rows still used)", HtmlText.Int(report.Warnings));
        HtmlText.KeyValue(sb, "funds", HtmlText.Int(report.Funds));
        HtmlText.KeyValue(sb, "capital (亿元)", HtmlText.Yi(report.Capital));
        sb.Append("</tbody></table>");

        if (report.CountsByCode.Count > 0)
        {
            sb.Append("<table class=\"capnet-codes capnet-sortable\"><caption>Diagnostics by reason</caption><thead><tr>");
            HtmlText.Th(sb, "code", sortable: true); HtmlText.Th(sb, "severity", sortable: true); HtmlText.Th(sb, "count", numeric: true, sortable: true);
            sb.Append("</tr></thead><tbody>");
            foreach (var (code, n) in report.CountsByCode.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key))
            {
                var severity = SeverityOf(code, report);
                sb.Append("<tr><td><code>").Append(HtmlText.Encode(Snake(code))).Append("</code></td>");
                HtmlText.Td(sb, severity == DiagnosticSeverity.Rejected ? "rejected" : "warning", severity == DiagnosticSeverity.Rejected ? "bad" : "warn");
                HtmlText.TdNum(sb, n);
                sb.Append("</tr>");
            }
            sb.Append("</tbody></table>");
        }

        var kept = report.Diagnostics.Count;
        if (maxDiagnostics > 0 && kept > 0)
        {
            var shown = Math.Min(maxDiagnostics, kept);
            sb.Append("<details open=\"\"><summary>Diagnostics: ").Append(HtmlText.Int(shown)).Append(" of ").Append(HtmlText.Int(kept)).Append(" kept");
            if (report.DiagnosticsDropped > 0) sb.Append(" (").Append(HtmlText.Int(report.DiagnosticsDropped)).Append(" more counted, not kept)");
            sb.Append("</summary><table class=\"capnet-diagnostics capnet-sortable\"><thead><tr>");
            HtmlText.Th(sb, "line", numeric: true, sortable: true);
            HtmlText.Th(sb, "column", sortable: true);
            HtmlText.Th(sb, "code", sortable: true);
            HtmlText.Th(sb, "severity", sortable: true);
            HtmlText.Th(sb, "message", sortable: true);
            HtmlText.Th(sb, "raw text", sortable: true);
            sb.Append("</tr></thead><tbody>");
            foreach (var d in report.Diagnostics.Take(shown))
            {
                sb.Append("<tr>");
                HtmlText.TdNum(sb, d.Line, d.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                HtmlText.Td(sb, d.Column ?? "(row)");
                sb.Append("<td><code>").Append(HtmlText.Encode(d.CodeName)).Append("</code></td>");
                HtmlText.Td(sb, d.Severity == DiagnosticSeverity.Rejected ? "rejected" : "warning", d.Severity == DiagnosticSeverity.Rejected ? "bad" : "warn");
                HtmlText.Td(sb, d.Message, "w");
                sb.Append("<td class=\"w\"><code>").Append(HtmlText.Encode(d.RawText.Length > 120 ? d.RawText[..120] + "…" : d.RawText)).Append("</code></td>");
                sb.Append("</tr>");
            }
            sb.Append("</tbody></table></details>");
        }
        sb.Append("</div>");
    }

    private static DiagnosticSeverity SeverityOf(DiagnosticCode code, IngestReport report)
    {
        foreach (var d in report.Diagnostics) if (d.Code == code) return d.Severity;
        return code is DiagnosticCode.MissingAmount or DiagnosticCode.InconsistentFilingDate or DiagnosticCode.DuplicateHeader
            ? DiagnosticSeverity.Warning
            : DiagnosticSeverity.Rejected;
    }

    private static string Snake(DiagnosticCode code)
    {
        var s = code.ToString();
        var sb = new StringBuilder(s.Length + 4);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsUpper(s[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(s[i]));
        }
        return sb.ToString();
    }

    private static void NodeHeaders(StringBuilder sb, FlowNetwork network)
    {
        if (network.IsCityNetwork)
        {
            HtmlText.Th(sb, "city", sortable: true);
            HtmlText.Th(sb, "province", sortable: true);
            HtmlText.Th(sb, "region", sortable: true);
        }
        else HtmlText.Th(sb, "node", sortable: true);
    }

    private static void NodeCells(StringBuilder sb, NetworkNode node)
    {
        if (node.Division is { } d)
        {
            sb.Append("<td title=\"").Append(HtmlText.Encode(node.Id)).Append("\">").Append(HtmlText.Encode(node.Label)).Append("</td>");
            HtmlText.Td(sb, d.ProvinceName);
            HtmlText.RegionCell(sb, node.Region);
        }
        else
        {
            var text = node.Label == node.Id ? node.Id : $"{node.Label} ({node.Id})";
            HtmlText.Td(sb, text);
        }
    }
}
