// QuickStart: read the bundled sample filings, print the ingest report, the leading cities,
// the four regions (funds registered, fund–city links and capital attracted), and write a GEXF that opens in Gephi.
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

// 3. The four regions: the funds registered there (each fund once), then the fund–city links (a fund once per city of
//    its partners) and the capital their cities attract. Hong Kong, Macao and Taiwan are outside the four-region scheme:
//    reported on a line of their own.
var byFunds = RegionComparison.Of(net, EdgeWeight.Funds);
var byCapital = RegionComparison.Of(net, EdgeWeight.Capital);
Console.WriteLine("Region          funds registered  share   fund–city links attracted  share   capital attracted (亿元)  share   from own region");
foreach (var r in byFunds.Rows.Append(byFunds.Outside))
{
    var c = byCapital[r.Region];
    var name = r.Region == StatisticalRegion.Outside ? "港澳台 (apart)" : $"{r.Region,-9} {r.Region.Chinese()}";
    Console.WriteLine($"{name,-15} {r.FundsRegistered,16:N0} {r.FundsRegisteredShare,7:P1} {r.Attracted,26:N0} {r.AttractedShare,7:P1} {c.Attracted / 1e8,24:N2} {c.AttractedShare,7:P1} {(double.IsNaN(c.WithinShare) ? "—" : c.WithinShare.ToString("P1")),15}");
}
Console.WriteLine($"{"total",-15} {byFunds.FundsRegistered,16:N0} {1,7:P1} {byFunds.Total,26:N0} {1,7:P1} {byCapital.Total / 1e8,24:N2} {1,7:P1}");
Console.WriteLine($"Funds registered count each fund once ({byFunds.FundsRegistered:N0}); fund–city links count a fund once per city of its partners ({byFunds.Total:N0}).");
Console.WriteLine($"Hong Kong, Macao and Taiwan supply {byFunds.Outside.Supplied:N0} fund–city links ({byCapital.Outside.Supplied / 1e8:N2} 亿元) to mainland funds.");
Console.WriteLine();

// 4. Gephi: sizes by fund–city links attracted, colours by region, positions from longitude/latitude.
GexfWriter.Write(net, output, new GexfOptions { Weight = EdgeWeight.Funds });
Console.WriteLine($"Wrote {Path.GetFullPath(output)} — open it in Gephi (File > Open).");
