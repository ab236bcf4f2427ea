// QuickStart: read the bundled sample filings, print the ingest report, the leading cities,
// the four-region totals and shares, and write a GEXF that opens in Gephi.
//   dotnet run --project examples/QuickStart [-- FILINGS.csv [OUT.gexf]]
using CapitalNetwork;
using CapitalNetwork.Measures;

var input = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "sample-filings.csv");
var output = args.Length > 1 ? args[1] : "network.gexf";

// 1. Filings in: every row is used or reported, and the counts reconcile.
var result = CityNetwork.FromFilings(input);
Console.WriteLine(result.Report);
foreach (var d in result.Report.Diagnostics.Take(12))
    Console.WriteLine($"  line {d.Line,5}  {d.CodeName,-20} {d.Message}");
Console.WriteLine();

// 2. The network: partner city → fund city, weighted by funds, links and capital.
var net = result.Network;
Console.WriteLine(net);
Console.WriteLine();
// Three counts that differ: funds registered in a city (each fund once, where it is filed), fund–city links it
// attracts (each fund once per partner city: in-strength by funds) and the capital subscribed to its funds.
Console.WriteLine("Top 10 cities by funds registered (each fund once, in the city where it is filed):");
var links = Centrality.InStrength(net, EdgeWeight.Funds);
var capital = Centrality.InStrength(net, EdgeWeight.Capital);
var rank = 0;
foreach (var node in net.Nodes.OrderByDescending(n => net.RegisteredFunds(n.Index)).ThenBy(n => n.Index).Take(10))
    Console.WriteLine($"  {++rank,2}. {node.Label,-8} {node.Division!.ProvinceName,-10} {node.Region,-9} funds registered {net.RegisteredFunds(node.Index),4:N0}   fund–city links in {links[node.Index],5:N0}   capital in {capital[node.Index] / 1e8,8:N2} 亿元");
Console.WriteLine();

// 3. The four mainland regions: funds registered, capital attracted, and how much of it comes from the region itself.
//    Hong Kong, Macao and Taiwan are not a fifth region: they are reported apart below.
var regions = net.RollUp(RollUpLevel.Region);
var mainland = StatisticalRegionNames.Mainland.Select(r => regions.IndexOf(r.ToString())).ToList();
var totalFunds = mainland.Sum(i => regions.RegisteredFunds(i));
var totalCapital = mainland.Sum(i => regions.InStrength(i, EdgeWeight.Capital));
Console.WriteLine("Region          funds registered  share   capital in (亿元)  share   capital from own region");
foreach (var region in StatisticalRegionNames.Mainland)
{
    var i = regions.IndexOf(region.ToString());
    var f = regions.RegisteredFunds(i);
    var c = regions.InStrength(i, EdgeWeight.Capital);
    var local = c > 0 ? regions.LocalStrength(i, EdgeWeight.Capital) / c : 0;
    Console.WriteLine($"{region,-9} {region.Chinese(),-4}{f,16:N0} {f / totalFunds,7:P1} {c / 1e8,17:N2} {c / totalCapital,7:P1} {local,16:P1}");
}
var outside = regions.IndexOf(StatisticalRegion.Outside.ToString());
Console.WriteLine($"Total (four mainland regions): {totalFunds:N0} funds registered, {totalCapital / 1e8:N2} 亿元 capital in.");
Console.WriteLine($"Hong Kong, Macao and Taiwan, apart: {regions.RegisteredFunds(outside):N0} funds registered, {regions.InStrength(outside, EdgeWeight.Capital) / 1e8:N2} 亿元 capital in, {regions.OutStrength(outside, EdgeWeight.Capital) / 1e8:N2} 亿元 capital sent to funds elsewhere.");
Console.WriteLine();

// 4. Gephi: sizes by fund–city links attracted, colours by region, positions from longitude/latitude.
GexfWriter.Write(net, output, new GexfOptions { Weight = EdgeWeight.Funds });
Console.WriteLine($"Wrote {Path.GetFullPath(output)} — open it in Gephi (File > Open).");
