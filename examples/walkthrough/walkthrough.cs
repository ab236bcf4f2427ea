#!/usr/bin/env -S dotnet run
#:package CapitalNetwork@0.1.0
#:property ManagePackageVersionsCentrally=false
// The walkthrough of examples/notebooks/walkthrough.ipynb as a .NET 10 file-based app (no project file):
//
//   dotnet run walkthrough.cs                      # the sample filings of the repository, output in ./out
//   dotnet run walkthrough.cs -- FILINGS.csv OUTDIR
//
// It needs only the NuGet package CapitalNetwork; pictures are written as SVG files next to the GEXF, the region table as
// regions.csv. (The #:property line matters only inside the repository, whose Directory.Packages.props manages package
// versions centrally; this file states its own version.) Steps: build the partner-city → fund-city network from filings
// (every row used or reported), the leading cities, the four-region comparison, concentration and polarization, core
// and periphery, the regions over time, and a GEXF file for Gephi. Exits with 1 when a check fails (the report does not
// reconcile, the funds registered do not add up to the funds, the GEXF does not read back).
using System.Globalization;
using System.Text;
using CapitalNetwork;
using CapitalNetwork.Measures;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;

// The sample next to this file (examples/data), else the same synthetic rows regenerated into a temporary file.
var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var input = args.Length > 0 ? args[0] : Path.GetFullPath(Path.Combine(here, "..", "data", "sample-filings.csv"));
if (args.Length == 0 && !File.Exists(input))
{
    input = Path.Combine(Path.GetTempPath(), "capnet-sample-filings.csv");
    using var writer = new StreamWriter(input, false, new UTF8Encoding(true));
    SyntheticFilings.Write(writer, SyntheticFilingsOptions.Default with { Rows = 4000 });
}
var outDir = args.Length > 1 ? args[1] : "out";
Directory.CreateDirectory(outDir);
var failures = 0;

// 1. Build the network: every row is used or reported, and the counts reconcile.
Heading("1. Build the network");
var ingest = CityNetwork.FromFilings(input);
var report = ingest.Report;
Console.Write(report);
Check(report.Reconciles, "rows read = used + rejected + outside the window");
foreach (var d in report.Diagnostics.Take(15))
    Console.WriteLine($"  line {d.Line,5}  {d.CodeName,-20} {d.Message}");
using (var csv = new StreamWriter(Path.Combine(outDir, "diagnostics.csv"), false, new UTF8Encoding(true)))
    report.WriteDiagnosticsCsv(csv);
var net = ingest.Network;
Console.WriteLine();
Console.WriteLine(net);

// 2. Cities: who attracts capital, who supplies it.
Heading("2. Top 15 cities by funds attracted");
var attracted = Centrality.InStrength(net, EdgeWeight.Funds);   // fund–city links: a fund once per city of its partners
var registered = Centrality.RegisteredFunds(net);                  // each fund once, where it is registered
var capitalIn = Centrality.InStrength(net, EdgeWeight.Capital);
var supplied = Centrality.OutStrength(net, EdgeWeight.Funds);
var local = Centrality.LocalStrength(net, EdgeWeight.Funds);
var inDegree = Centrality.InDegree(net);
Console.WriteLine($"{"#",3} {"city",-8} {"region",-10} {"funds in",9} {"registered",11} {"capital in (亿元)",16} {"funds out",10} {"local",6} {"in-degree",10}");
var rank = 0;
foreach (var (node, funds) in attracted.Top(15))
{
    var v = node.Index;
    Console.WriteLine($"{++rank,3} {node.Label,-8} {node.Region,-10} {funds,9:N0} {registered[v],11:N0} {capitalIn[v] / 1e8,16:N2} {supplied[v],10:N0} {local[v],6:N0} {inDegree[v],10:N0}");
}

// 3. The four regions: the funds registered there (each fund once), what each attracts and supplies (fund–city links:
//    a fund once per city of its partners; capital), and how much stays in the region. Hong Kong, Macao and Taiwan are
//    outside the four-region scheme: a line of their own, not a fifth region.
Heading("3. The four regions");
foreach (var weight in new[] { EdgeWeight.Funds, EdgeWeight.Capital })
{
    var cmp = RegionComparison.Of(net, weight);
    string Amount(double x) => weight == EdgeWeight.Capital ? (x / 1e8).ToString("N2") : x.ToString("N0");
    string Share(double x) => double.IsNaN(x) ? "—" : x.ToString("P1");
    var unit = weight == EdgeWeight.Capital ? "capital, 亿元" : cmp.Unit;
    Console.WriteLine($"{"",-16} {"funds registered",16} {"share",7} {unit + " attracted",26} {"share",7} {"supplied",10} {"share",7} {"from own region",16}");
    foreach (var r in cmp.Rows.Append(cmp.Outside))
    {
        var name = r.Region == StatisticalRegion.Outside ? "港澳台 (apart)" : $"{r.Region,-10} {r.Region.Chinese()}";
        Console.WriteLine($"{name,-16} {r.FundsRegistered,16:N0} {Share(r.FundsRegisteredShare),7} {Amount(r.Attracted),26} {Share(r.AttractedShare),7} {Amount(r.Supplied),10} {Share(r.SuppliedShare),7} {Share(r.WithinShare),16}");
    }
    Console.WriteLine($"{"total",-16} {cmp.FundsRegistered,16:N0} {"",7} {Amount(cmp.Total),26}");
    Console.WriteLine();
}
var regionsByFunds = RegionComparison.Of(net, EdgeWeight.Funds);
Check(regionsByFunds.FundsRegistered == report.Funds, $"funds registered add up to the {report.Funds:N0} funds (the {regionsByFunds.Total:N0} fund–city links count a fund once per city of its partners)");
using (var csv = new StreamWriter(Path.Combine(outDir, "regions.csv"), false, new UTF8Encoding(true)))
    regionsByFunds.WriteCsv(csv);
Console.WriteLine("Flows between regions by fund–city links (rows supply → columns attract; 港澳台 apart):");
var flowRegions = StatisticalRegionNames.Mainland.Append(StatisticalRegion.Outside).ToArray();
Console.WriteLine("          " + string.Concat(flowRegions.Select(r => $"{r.Chinese(),8}")));
foreach (var from in flowRegions)
{
    Console.Write($"{from.Chinese(),-8}");
    foreach (var to in flowRegions) Console.Write($"{regionsByFunds.Flow(from, to),10:N0}");
    Console.WriteLine();
}

SvgCharts.TopBars(attracted, 15, SvgChartOptions.Default with { Title = "Funds attracted: top 15 cities" }).Save(Path.Combine(outDir, "top-cities.svg"));
SvgCharts.RegionFlowMatrix(net, EdgeWeight.Funds).Save(Path.Combine(outDir, "region-flows.svg"));

// 4. Concentration (Gini, CR10, normalized Herfindahl, Theil T between/within the four mainland regions) and
//    polarization (Esteban–Ray with the four regions as groups; Wolfson, undefined when the median is zero, so also on the
//    cities that attract funds). The regional figures leave Hong Kong, Macao and Taiwan out and say so in their text.
Heading("4. Concentration and polarization of the funds attracted (372 cities, zeros included; regional figures over the 369 mainland cities)");
var gini = Concentration.Gini(attracted);
var theil = Concentration.TheilT(attracted, RollUpLevel.Region);
foreach (var m in new[] { gini, Concentration.ConcentrationRatio(attracted, 10), Concentration.HerfindahlNormalized(attracted), theil.ToMeasureValue() })
    Console.WriteLine($"  {m}");
Check(gini.IsDefined && gini.Value is > 0 and < 1, "the Gini coefficient lies in (0, 1)");
Console.WriteLine($"  Theil T of the mainland cities = {theil.Total:0.####}: between regions {theil.Between:0.####} ({theil.BetweenShare:P1}), within regions {theil.Within:0.####} ({theil.Coverage})");
Console.WriteLine($"  {Polarization.EstebanRay(attracted, 1.0, RollUpLevel.Region)}");
Console.WriteLine($"  {Polarization.Wolfson(attracted)}");
Console.WriteLine($"  cities that attract funds: {Polarization.Wolfson(attracted.Values.Where(x => x > 0).ToArray())}");
SvgCharts.LorenzCurve(attracted).Save(Path.Combine(outDir, "lorenz.svg"));

// 5. Core and periphery: Borgatti–Everett (undirected, binary), a permutation test against degree-preserving
//    rewiring (50 here; use 1,000 for a paper), and the s-core numbers by funds.
Heading("5. Core and periphery");
var corePeriphery = CorePeriphery.BorgattiEverett(net);
Console.WriteLine($"  {corePeriphery}");
Console.WriteLine($"  core: {string.Join(", ", corePeriphery.Core.Select(v => net.Nodes[v].Label))}");
Console.WriteLine($"  densities: core–core {corePeriphery.CoreDensity:0.###}, core–periphery {corePeriphery.CorePeripheryDensity:0.###}, periphery–periphery {corePeriphery.PeripheryDensity:0.###}");
Console.WriteLine($"  {CorePeriphery.BorgattiEverettTest(corePeriphery, PermutationTestOptions.Default with { Permutations = 50 })}");
var sCore = CorePeriphery.StrengthCore(net, EdgeWeight.Funds);
Console.WriteLine($"  highest s-core (funds): {string.Join(", ", sCore.Top(8).Select(x => $"{x.Node.Label} {x.Value:N0}"))}");

// 6. Over time: the East's share of the funds attracted, per filing year and cumulatively.
Heading("6. Over time");
Console.WriteLine($"{"year",4} {"funds filed",12} {"East share",11} {"cumulative",11}");
foreach (var year in ingest.Years.Years)
{
    var snapshot = ingest.Years[year];
    var funds = Enumerable.Range(0, snapshot.NodeCount).Sum(snapshot.RegisteredFunds);
    Console.WriteLine($"{year,4} {funds,12:N0} {EastShare(snapshot),11:P1} {EastShare(ingest.Years.Through(year)),11:P1}");
}

SvgCharts.RegionTrend(ingest.Years, EdgeWeight.Funds).Save(Path.Combine(outDir, "region-trend.svg"));

// 7. Gephi: sizes by funds attracted, colours by region, map-like positions; read back to check.
Heading("7. Export to Gephi");
var gexfPath = Path.GetFullPath(Path.Combine(outDir, "network.gexf"));
GexfWriter.Write(net, gexfPath, new GexfOptions { Weight = EdgeWeight.Funds, Description = "partner city → fund city" });
var back = GexfReader.Read(gexfPath);
Check(back.NodeCount == net.NodeCount && back.EdgeCount == net.EdgeCount, "the GEXF file reads back with the same nodes and edges");
Console.WriteLine($"{gexfPath}: {new FileInfo(gexfPath).Length:N0} bytes — open it in Gephi (File > Open)");
NetworkSvg.Draw(net, NetworkSvgOptions.Default with { Title = "Partner city → fund city, funds" }).Save(Path.Combine(outDir, "network.svg"));
Console.WriteLine($"pictures: {string.Join(", ", Directory.GetFiles(outDir, "*.svg").Select(Path.GetFileName).Order())} in {Path.GetFullPath(outDir)}");

Console.WriteLine();
Console.WriteLine(failures == 0 ? "walkthrough: all checks passed" : $"walkthrough: {failures} check(s) FAILED");
return failures == 0 ? 0 : 1;

static double EastShare(FlowNetwork network)
{
    var total = network.TotalWeight(EdgeWeight.Funds);
    if (total == 0) return double.NaN;
    var east = 0.0;
    for (var v = 0; v < network.NodeCount; v++)
        if (network.Nodes[v].Region == StatisticalRegion.East) east += network.InStrength(v, EdgeWeight.Funds);
    return east / total;
}

static void Heading(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
    Console.WriteLine(new string('─', title.Length));
}

void Check(bool ok, string what)
{
    Console.WriteLine($"  check: {what}: {(ok ? "ok" : "FAILED")}");
    if (!ok) failures++;
}
