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
Console.WriteLine("Top 10 cities by funds attracted (in-strength by funds: each fund once per partner city, local included):");
var attracted = Centrality.InStrength(net, EdgeWeight.Funds);
var capital = Centrality.InStrength(net, EdgeWeight.Capital);
var rank = 0;
foreach (var (node, funds) in attracted.Top(10))
    Console.WriteLine($"  {++rank,2}. {node.Label,-8} {node.Division!.ProvinceName,-10} {node.Region,-9} in-strength {funds,5:N0}   funds registered {net.RegisteredFunds(node.Index),4:N0}   capital {capital[node.Index] / 1e8,8:N2} 亿元");
Console.WriteLine();

// 3. The four regions: totals and shares of what their cities attract.
var regions = net.RollUp(RollUpLevel.Region);
var totalFunds = regions.TotalWeight(EdgeWeight.Funds);
var totalCapital = regions.TotalWeight(EdgeWeight.Capital);
Console.WriteLine("Region       funds   share    capital (亿元)  share   capital from own region");
foreach (var region in StatisticalRegionNames.Mainland.Append(StatisticalRegion.Outside))
{
    var i = regions.IndexOf(region.ToString());
    var f = regions.InStrength(i, EdgeWeight.Funds);
    var c = regions.InStrength(i, EdgeWeight.Capital);
    var local = c > 0 ? regions.LocalStrength(i, EdgeWeight.Capital) / c : 0;
    Console.WriteLine($"{region,-9} {region.Chinese(),-4}{f,7:N0} {f / totalFunds,7:P1} {c / 1e8,14:N2} {c / totalCapital,7:P1} {local,10:P1}");
}
Console.WriteLine();

// 4. Gephi: sizes by funds attracted, colours by region, positions from longitude/latitude.
GexfWriter.Write(net, output, new GexfOptions { Weight = EdgeWeight.Funds });
Console.WriteLine($"Wrote {Path.GetFullPath(output)} — open it in Gephi (File > Open).");
