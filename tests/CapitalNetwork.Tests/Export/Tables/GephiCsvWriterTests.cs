using System.Text;
using CapitalNetwork.Tests.Export.Gexf;

namespace CapitalNetwork.Tests.Export.Tables;

/// <summary>Gephi spreadsheet CSV (docs/reference/gexf-and-gephi.md §5). Expected values by hand from
/// <see cref="GexfTestData.CityNetwork"/>, <see cref="GexfTestData.GenericNetwork"/> and <see cref="GexfTestData.HandSeries"/>.</summary>
public class GephiCsvWriterTests
{
    /// <summary>An RFC 4180 reader (quoted cells, doubled quotes, LF rows) — independent of the writer's code.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); }
            else cell.Append(c);
        }
        return rows;
    }

    private static (List<string[]> Nodes, List<string[]> Edges) Static(FlowNetwork net, GexfOptions? options = null)
    {
        var n = new StringWriter();
        var e = new StringWriter();
        GephiCsvWriter.WriteNodes(net, n, options);
        GephiCsvWriter.WriteEdges(net, e, options);
        return (ParseCsv(n.ToString()), ParseCsv(e.ToString()));
    }

    private static Dictionary<string, string> Row(List<string[]> table, string id) =>
        table[0].Zip(table.Skip(1).Single(r => r[0] == id)).ToDictionary(p => p.First, p => p.Second);

    [Fact]
    public void Headers_use_Gephis_special_column_names()
    {
        // Expected: Gephi's nodes table starts Id, Label; its edges table has Source, Target, Type, Id, Weight (§5).
        var (nodes, edges) = Static(GexfTestData.CityNetwork());
        Assert.Equal(["Id", "Label", "code", "province", "province_code", "region", "region_zh", "lng", "lat", "in_degree", "out_degree",
            "funds_registered", "funds_in", "funds_out", "links_in", "links_out", "capital_in", "capital_out", "local_funds", "local_links", "local_capital"], nodes[0]);
        Assert.Equal(["Source", "Target", "Type", "Id", "Weight", "funds", "links", "capital"], edges[0]);
        Assert.Equal(373, nodes.Count);
        Assert.Equal(7, edges.Count);
        Assert.All(nodes, r => Assert.Equal(21, r.Length));
        Assert.All(edges, r => Assert.Equal(8, r.Length));
    }

    [Fact]
    public void City_values_match_the_network()
    {
        // 北京: in 1 fund / 500000.5 CNY from 哈尔滨, out 3 funds to 杭州; 杭州 loop 5 / 6 / 25000000 (GexfTestData.CityNetwork).
        var (nodes, edges) = Static(GexfTestData.CityNetwork(), new GexfOptions { Weight = EdgeWeight.Capital });
        var bj = Row(nodes, "110000");
        Assert.Equal(("北京市", "East", "东部", "116.405285"), (bj["Label"], bj["region"], bj["region_zh"], bj["lng"]));
        Assert.Equal(("1", "3", "500000.5"), (bj["funds_in"], bj["funds_out"], bj["capital_in"]));
        var loop = edges.Single(r => r[0] == "330100" && r[1] == "330100");
        Assert.Equal(["330100", "330100", "Directed", "e3", "25000000", "5", "6", "25000000"], loop);
        Assert.Equal("123456789.25", edges.Single(r => r[0] == "310000")[4]); // Weight = capital
    }

    [Fact]
    public void Markup_and_separators_are_quoted_and_survive()
    {
        // GexfTestData.MarkupIds hold , " ' < > &; the parsed cells must equal the ids; measure attributes are appended.
        var net = GexfTestData.GenericNetwork();
        var options = new GexfOptions { NodeAttributes = [GexfNodeAttribute.Strings("note", ["a,b", "say \"x\"", null, "; semi", " pad "])] };
        var (nodes, edges) = Static(net, options);
        Assert.Equal(GexfTestData.MarkupIds, nodes.Skip(1).Select(r => r[0]));
        Assert.Equal("note", nodes[0][^1]);
        Assert.Equal(["a,b", "say \"x\"", "", "; semi", " pad "], nodes.Skip(1).Select(r => r[^1]));
        Assert.Equal(("Smith & Sons", "<root>"), (edges[1][0], edges[1][1]));
    }

    [Fact]
    public void Files_are_UTF8_without_BOM_in_the_directory()
    {
        // Expected: nodes.csv and edges.csv, first bytes "Id," / "Source," (a BOM hides the header from Gephi, gephi#2178).
        var dir = Path.Combine(Path.GetTempPath(), $"capnet-csv-{Guid.NewGuid():N}");
        try
        {
            var (n, e) = GephiCsvWriter.Write(GexfTestData.CityNetwork(), dir);
            Assert.Equal(Path.Combine(dir, "nodes.csv"), n);
            Assert.StartsWith("Id,Label,", Encoding.ASCII.GetString(File.ReadAllBytes(n), 0, 9));
            Assert.StartsWith("Source,", Encoding.ASCII.GetString(File.ReadAllBytes(e), 0, 7));
            Assert.Contains("北京市", new UTF8Encoding(false, true).GetString(File.ReadAllBytes(n)));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Dynamic_tables_carry_timeset_and_interval_maps()
    {
        // GexfTestData.HandSeries per year: 北京→杭州 in 2016 (2 funds), 2017 (1), 2019 (1); 杭州 attracts 3, 1, 1.
        var n = new StringWriter();
        var e = new StringWriter();
        GephiCsvWriter.WriteDynamic(GexfTestData.HandSeries(), n, e, new GexfOptions { Timeline = GexfTimeline.PerYear });
        var nodes = ParseCsv(n.ToString());
        var edges = ParseCsv(e.ToString());
        Assert.Equal(373, nodes.Count); // header + all 372 cities, each on the whole timeline (GexfWriter.WriteDynamic remarks)
        var hz = Row(nodes, "330100");
        Assert.Equal("<[2016, 2019]>", hz["timeset"]);
        Assert.Equal("<[2016, 2016, 3]; [2017, 2017, 1]; [2018, 2018, 0]; [2019, 2019, 1]>", hz["funds_in_year"]);
        var cd = Row(nodes, "510100"); // 成都: only an undated flow
        Assert.Equal("<[2016, 2019]>", cd["timeset"]);
        Assert.Equal("<[2016, 2019, 0]>", cd["funds_out_year"]);
        Assert.Equal("4", hz["funds_registered"]); // static total 2 + 1 + 1
        Assert.Equal(["Source", "Target", "Type", "Id", "Weight", "funds", "links", "capital", "timeset", "funds_year", "links_year", "capital_year"], edges[0]);
        var bjHz = edges.Single(r => r[0] == "110000" && r[1] == "330100");
        Assert.Equal("<[2016, 2016, 2]; [2017, 2017, 1]; [2019, 2019, 1]>", bjHz[4]); // dynamic weight (funds)
        Assert.Equal("4", bjHz[5]);
        Assert.Equal("<[2016, 2017]; [2019, 2019]>", bjHz[8]);

        var cumulative = new StringWriter();
        GephiCsvWriter.WriteDynamic(GexfTestData.HandSeries(), new StringWriter(), cumulative);
        var c = ParseCsv(cumulative.ToString()).Single(r => r[0] == "110000" && r[1] == "330100");
        Assert.Equal("<[2016, 2019]>", c[8]);
        Assert.Equal("<[2016, 2016, 2]; [2017, 2018, 3]; [2019, 2019, 4]>", c[9]);
    }
}
