using System.Globalization;
using CapitalNetwork.Measures;
using static CapitalNetwork.StatisticalRegion;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// The four-region comparison: figures of <see cref="HandBuiltNetworks.Cities"/> worked out by hand, agreement with
/// <see cref="FlowNetwork.RollUp"/> on the sample, the sample's funds registered and fund–city links counted a second way
/// straight from the rows, and the CSV.
/// </summary>
public class RegionComparisonTests
{
    private static string Sample => Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-filings.csv");

    [Fact]
    public void Figures_of_the_hand_built_network_by_funds()
    {
        // By hand from the edge list (funds channel): East = 北京 + 上海 attracts 1 + 2 + 1 (into 北京) + 3 + 1 (into 上海)
        // = 8 fund–city links and supplies 3 + 1 + 1 = 5, of which 3 + 1 + 1 = 5 stay in the East; Central (武汉) attracts
        // 1 (from 沈阳), supplies 2; West (成都) 2 and 2, all local; Northeast (沈阳) supplies 1; Outside (香港) supplies 1
        // and registers 1 fund. Total 11 links; funds registered 7 + 1 + 2 + 0 + 1 = 11.
        var cmp = RegionComparison.Of(HandBuiltNetworks.Cities(), EdgeWeight.Funds);
        Assert.Equal(11, cmp.Total);
        Assert.Equal(11, cmp.FundsRegistered);
        Assert.Equal("fund–city links", cmp.Unit);
        Assert.Equal([East, Central, West, Northeast], cmp.Rows.Select(r => r.Region));   // Outside is not a row
        Assert.Equal(Outside, cmp.Outside.Region);
        Assert.Same(cmp.Outside, cmp[Outside]);
        (StatisticalRegion R, double Reg, double A, double S, double W, int Attracting, int Supplying)[] expected =
        [
            (East, 7, 8, 5, 5, 2, 2), (Central, 1, 1, 2, 0, 1, 1), (West, 2, 2, 2, 2, 1, 1), (Northeast, 0, 0, 1, 0, 0, 1), (Outside, 1, 0, 1, 0, 0, 1),
        ];
        foreach (var e in expected)
        {
            var r = cmp[e.R];
            Assert.Equal(e.Reg, r.FundsRegistered);
            Assert.Equal(e.A, r.Attracted);
            Assert.Equal(e.S, r.Supplied);
            Assert.Equal(e.W, r.WithinRegion);
            Assert.Equal(e.Attracting, r.AttractingCities);
            Assert.Equal(e.Supplying, r.SupplyingCities);
            Assert.Equal(EdgeWeight.Funds, r.Weight);
        }
        Assert.Equal(7.0 / 11, cmp[East].FundsRegisteredShare, 15);
        Assert.Equal(8.0 / 11, cmp[East].AttractedShare, 15);
        Assert.Equal(5.0 / 8, cmp[East].WithinShare, 15);
        Assert.Equal(3, cmp[East].NetInflow);
        Assert.True(double.IsNaN(cmp[Northeast].WithinShare));   // attracts nothing: no share
        Assert.Equal(2, cmp.Flow(Central, East));
        Assert.Equal(1, cmp.Flow(Northeast, Central));
        Assert.Equal(1, cmp.Flow(Outside, East));
        Assert.Equal(0, cmp.Flow(East, Central));
        Assert.Equal(369, cmp.Rows.Sum(r => r.Cities));
        Assert.Equal(3, cmp.Outside.Cities);
        // Shares are of the whole network: the four regions and Outside add up to 1.
        Assert.Equal(1, cmp.Rows.Append(cmp.Outside).Sum(r => r.SuppliedShare), 15);
        Assert.Equal(10.0 / 11, cmp.Rows.Sum(r => r.SuppliedShare), 15);
    }

    [Fact]
    public void Capital_figures_of_the_hand_built_network()
    {
        // By hand: into 北京 100 + 50 + 5, into 上海 300 + 500 → East attracts 955 of 1,005; from the East itself 300 + 100 + 5.
        var cmp = RegionComparison.Of(HandBuiltNetworks.Cities(), EdgeWeight.Capital);
        Assert.Equal(1005, cmp.Total);
        Assert.Equal(955, cmp[East].Attracted);
        Assert.Equal(405, cmp[East].WithinRegion);
        Assert.Equal(500, cmp.Outside.Supplied);
        Assert.Equal(7, cmp[East].FundsRegistered);   // the same under every weight
        Assert.Equal("capital (CNY)", cmp.Unit);
        Assert.Equal("partner links", RegionComparison.Of(HandBuiltNetworks.Cities(), EdgeWeight.Links).Unit);
    }

    [Fact]
    public void Csv_leads_with_funds_registered_and_names_what_the_weight_counts()
    {
        var cmp = RegionComparison.Of(HandBuiltNetworks.Cities(), EdgeWeight.Funds);
        var lines = cmp.ToCsv().Split('\n');
        Assert.Equal("region,region_zh,cities,funds_registered,funds_registered_share,attracting_cities,supplying_cities," +
                     "fund_city_links_attracted,fund_city_links_attracted_share,fund_city_links_supplied,fund_city_links_supplied_share," +
                     "fund_city_links_net_inflow,fund_city_links_within_region,fund_city_links_from_own_region_share", lines[0]);
        string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        var eastCities = Gazetteer.Default.Nodes.Count(d => d.Region == East);
        Assert.Equal($"East,东部,{eastCities},7,{R(7.0 / 11)},2,2,8,{R(8.0 / 11)},5,{R(5.0 / 11)},3,5,{R(5.0 / 8)}", lines[1]);
        Assert.StartsWith("Northeast,东北,", lines[4]);
        Assert.EndsWith(",-1,0,", lines[4]);   // net −1, within 0, own-region share undefined (nothing attracted): empty
        Assert.Equal($"Outside,港澳台,3,1,{R(1.0 / 11)},0,1,0,0,1,{R(1.0 / 11)},-1,0,", lines[5]);   // reported apart, last
        Assert.Equal("", lines[6]);
        Assert.Equal(7, lines.Length);
        var sw = new StringWriter();
        cmp.WriteCsv(sw);
        Assert.Equal(cmp.ToCsv(), sw.ToString());
        Assert.StartsWith("region,region_zh,cities,funds_registered,funds_registered_share,attracting_cities,supplying_cities,capital_cny_attracted,",
            RegionComparison.Of(HandBuiltNetworks.Cities(), EdgeWeight.Capital).ToCsv());
        Assert.Contains(",partner_links_attracted,", RegionComparison.Of(HandBuiltNetworks.Cities(), EdgeWeight.Links).ToCsv());
    }

    [Theory]
    [InlineData(EdgeWeight.Funds)]
    [InlineData(EdgeWeight.Links)]
    [InlineData(EdgeWeight.Capital)]
    public void Agrees_with_the_library_roll_up_on_the_sample(EdgeWeight weight)
    {
        // Independent path: FlowNetwork.RollUp(Region) aggregates with FlowNetworkBuilder; the comparison sums edges directly.
        var net = CityNetwork.FromFilings(Sample).Network;
        var cmp = RegionComparison.Of(net, weight);
        var regions = net.RollUp(RollUpLevel.Region);
        var all = cmp.Rows.Append(cmp.Outside).ToArray();
        foreach (var r in all)
        {
            var i = regions.IndexOf(r.Region.ToString());
            Assert.Equal(regions.InStrength(i, weight), r.Attracted, 6);
            Assert.Equal(regions.OutStrength(i, weight), r.Supplied, 6);
            Assert.Equal(regions.LocalStrength(i, weight), r.WithinRegion, 6);
            Assert.Equal(regions.RegisteredFunds(i), r.FundsRegistered);
            foreach (var s in all)
            {
                var e = regions.FindEdge(i, regions.IndexOf(s.Region.ToString()));
                Assert.Equal(e < 0 ? 0 : regions.Weights(weight)[e], cmp.Flow(r.Region, s.Region), 6);
            }
        }
        Assert.Equal(1, all.Sum(r => r.AttractedShare), 12);
        Assert.Equal(1, all.Sum(r => r.SuppliedShare), 12);
    }

    [Fact]
    public void Sample_funds_registered_add_up_to_the_funds_and_links_are_what_they_are()
    {
        // The sample has 656 funds (examples/data/README.md, from the generator's own record of each fund's city: East 481,
        // Central 80, West 66, Northeast 29). Funds registered count each fund once, so they add up to 656; fund–city links
        // count a fund once per city of its partners and add up to 2,539 (the in-strength by funds that the old QuickStart
        // table headed "funds"). Both are counted a second way below, straight from the rows.
        var ingest = CityNetwork.FromFilings(Sample);
        var cmp = RegionComparison.Of(ingest.Network, EdgeWeight.Funds);
        Assert.Equal(new double[] { 481, 80, 66, 29 }, cmp.Rows.Select(r => r.FundsRegistered));
        Assert.Equal(0, cmp.Outside.FundsRegistered);
        Assert.Equal(656, cmp.Rows.Sum(r => r.FundsRegistered) + cmp.Outside.FundsRegistered);
        Assert.Equal(656, cmp.FundsRegistered);
        Assert.Equal((double)ingest.Report.Funds, cmp.FundsRegistered);
        Assert.Equal(new double[] { 1805, 319, 304, 111 }, cmp.Rows.Select(r => r.Attracted));
        Assert.Equal(0, cmp.Outside.Attracted);
        Assert.Equal(39, cmp.Outside.Supplied);   // Hong Kong partners of mainland funds
        Assert.Equal(2539, cmp.Total);
        Assert.Equal(ingest.Network.TotalWeight(EdgeWeight.Funds), cmp.Total);

        // Second count, without the network: every row that the ingest used, its fund's city (first place seen) and its
        // partner's city resolved again; funds registered = distinct funds per region of the fund city, fund–city links =
        // distinct (fund, partner city) pairs per region of the fund city.
        var rejected = ingest.Report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Rejected).Select(d => d.Line).ToHashSet();
        var resolver = PlaceResolver.Default;
        var fundCity = new Dictionary<string, Division>();
        var links = new HashSet<(string Fund, int PartnerCity)>();
        using (var reader = FilingsReader.Open(Sample))
            foreach (var row in reader.ReadRecords(_ => { }))
            {
                if (rejected.Contains(row.Line)) continue;
                var fund = resolver.Resolve(row.FundPlace);
                var partner = resolver.Resolve(row.PartnerPlace, row.PartnerCreditCode);
                Assert.True(fund.IsResolved && partner.IsResolved, $"line {row.Line} was used, so both places resolve");
                fundCity.TryAdd(row.FundKey, fund.Node!);
                links.Add((row.FundKey, partner.Node!.Code));
            }
        foreach (var r in cmp.Rows.Append(cmp.Outside))
        {
            Assert.Equal(fundCity.Values.Count(d => d.Region == r.Region), r.FundsRegistered);
            Assert.Equal(links.Count(l => fundCity[l.Fund].Region == r.Region), r.Attracted);
        }
    }

    [Fact]
    public void Text_names_both_counts_and_keeps_Outside_apart()
    {
        var text = RegionComparison.Of(HandBuiltNetworks.Cities()).ToString();
        Assert.Contains("funds registered East 7, Central 1, West 2, Northeast 0 (11 in all)", text);
        Assert.Contains("fund–city links attracted East 72.7 %", text);
        Assert.Contains("Hong Kong, Macao, Taiwan apart: funds registered 1, fund–city links attracted 0.0 %, supplied 9.1 %", text);
    }

    [Fact]
    public void A_plain_network_is_refused()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => RegionComparison.Of(HandBuiltNetworks.Plain()));
        Assert.Contains("city network", ex.Message);
    }
}
