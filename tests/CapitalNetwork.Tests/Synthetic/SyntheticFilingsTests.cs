using System.Security.Cryptography;
using System.Text;
using CapitalNetwork.Randomness;
using CapitalNetwork.Synthesis;

namespace CapitalNetwork.Tests.Synthetic;

/// <summary>
/// The synthetic filings generator: determinism, size, the regional shape stated in <see cref="SyntheticFilings"/>'s doc
/// comment (East 72 %, Central 12 %, West 12 %, Northeast 4 % of funds), and that every row it writes is valid input whose
/// places resolve to the cities they were written for.
/// </summary>
public class SyntheticFilingsTests
{
    private static readonly SyntheticFilingsOptions Big = SyntheticFilingsOptions.Default with { Rows = 20_000 };
    private static readonly Lazy<List<FilingRow>> BigRows = new(() => SyntheticFilings.RowsWithTruth(Big).ToList());

    private static byte[] Bytes(SyntheticFilingsOptions options)
    {
        var sw = new StringWriter();
        SyntheticFilings.Write(sw, options);
        return Encoding.UTF8.GetBytes(sw.ToString());
    }

    [Fact]
    public void Same_seed_gives_the_same_bytes_and_another_seed_different_ones()
    {
        var options = SyntheticFilingsOptions.Default with { Rows = 3000 };
        Assert.Equal(Bytes(options), Bytes(options));
        Assert.NotEqual(Bytes(options), Bytes(options with { Seed = options.Seed + 1 }));
    }

    [Fact]
    public void Default_output_is_pinned()
    {
        // The generator promises the same bytes on every platform and .NET version (xoshiro256**, integer and exact IEEE
        // arithmetic only). If this fails after a deliberate change of the generator, regenerate examples/data with
        // tools/make-sample and update the hash; an accidental change is a bug.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Bytes(SyntheticFilingsOptions.Default)));
        Assert.Equal(PinnedDefaultSha256, hash);
    }

    private const string PinnedDefaultSha256 = "41ba62c89224d77a608ad9b10d39278585c01540361d1963cc681b1e6c3867a4";

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(5000)]
    public void Produces_exactly_the_requested_number_of_rows(int rows)
    {
        var all = SyntheticFilings.Rows(SyntheticFilingsOptions.Default with { Rows = rows }).ToList();
        Assert.Equal(rows, all.Count);
        Assert.All(all, r => Assert.Equal(9, r.Length));
        var text = new StringWriter();
        SyntheticFilings.Write(text, SyntheticFilingsOptions.Default with { Rows = rows });
        Assert.Equal(rows + 1, text.ToString().Count(c => c == '\n'));
        Assert.DoesNotContain('\r', text.ToString());
    }

    [Fact]
    public void A_smaller_sample_is_a_prefix_of_a_larger_one_except_the_last_fund()
    {
        var small = SyntheticFilings.Rows(SyntheticFilingsOptions.Default with { Rows = 1000 }).ToList();
        var large = SyntheticFilings.Rows(SyntheticFilingsOptions.Default with { Rows = 2000 }).ToList();
        var lastFund = small[^1][0];
        var whole = small.TakeWhile(r => r[0] != lastFund).Count();
        Assert.True(whole > 900);
        for (var i = 0; i < whole; i++) Assert.Equal(small[i], large[i]);
    }

    [Fact]
    public void Header_follows_the_options()
    {
        Assert.Equal(["基金编号", "基金名称", "注册地", "备案时间", "合伙人名称", "合伙人类型", "所在地", "统一社会信用代码", "认缴出资额（万元）"],
            SyntheticFilings.Header(SyntheticFilingsOptions.Default));
        Assert.Equal(["fund_id", "fund_name", "fund_place", "filed_on", "partner_name", "partner_kind", "partner_place", "partner_credit_code", "capital"],
            SyntheticFilings.Header(SyntheticFilingsOptions.Default with { ChineseHeaders = false, CapitalInWan = false }));
        foreach (var chinese in new[] { true, false })
        {
            foreach (var wan in new[] { true, false })
            {
                var header = SyntheticFilings.Header(SyntheticFilingsOptions.Default with { ChineseHeaders = chinese, CapitalInWan = wan });
                for (var i = 0; i < header.Length; i++)
                {
                    Assert.True(FilingsSchema.TryRecognize(header[i], out var column, out var unit), header[i]);
                    Assert.Equal((FilingColumn)i, column);
                    Assert.Equal(i == 8 && wan ? 10_000 : 1, unit);
                }
            }
        }
    }

    [Fact]
    public void Fund_regions_match_the_stated_target_shares_on_20000_rows()
    {
        // Targets (SyntheticFilings doc comment): East 72 %, Central 12 %, West 12 %, Northeast 4 % of funds. With ~3,300
        // funds the standard error of a 12 % share is 0.6 points; the ranges allow about ±4 standard errors.
        var funds = BigRows.Value.GroupBy(r => r.Fields[0]).Select(g => g.First().FundCity).ToList();
        double Share(StatisticalRegion region) => funds.Count(c => c.Region == region) / (double)funds.Count;
        var east = Share(StatisticalRegion.East);
        var central = Share(StatisticalRegion.Central);
        var west = Share(StatisticalRegion.West);
        var northeast = Share(StatisticalRegion.Northeast);
        Assert.InRange(east, 0.695, 0.745);
        Assert.InRange(central, 0.095, 0.145);
        Assert.InRange(west, 0.095, 0.145);
        Assert.InRange(northeast, 0.025, 0.055);
        Assert.Equal(0, Share(StatisticalRegion.Outside));
        Assert.True(east > 4 * Math.Max(central, west) && Math.Min(central, west) > northeast);

        // Heavy tail: the five leading cities hold a third of the funds, and the hot spots are among the leaders.
        var ranking = funds.GroupBy(c => c.Code).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        Assert.InRange(funds.GroupBy(c => c.Code).OrderByDescending(g => g.Count()).Take(5).Sum(g => g.Count()) / (double)funds.Count, 0.28, 0.45);
        Assert.Subset(ranking.Take(5).ToHashSet(), new HashSet<int> { 110000, 310000, 440300 });
        Assert.Contains(360400, ranking.Take(15)); // 九江 (共青城)
        Assert.Contains(654000, ranking.Take(25)); // 伊犁 (霍尔果斯)
    }

    [Fact]
    public void Partners_are_local_with_LocalShare_and_otherwise_mostly_from_hubs()
    {
        var rows = BigRows.Value;
        Assert.InRange(rows.Count(r => r.PartnerCity.Code == r.FundCity.Code) / (double)rows.Count, 0.33, 0.37);
        var hubs = new[] { 110000, 310000, 440300, 330100 };
        Assert.InRange(rows.Count(r => hubs.Contains(r.PartnerCity.Code)) / (double)rows.Count, 0.40, 0.60);

        var none = SyntheticFilings.RowsWithTruth(SyntheticFilingsOptions.Default with { Rows = 2000, LocalShare = 0 }).ToList();
        Assert.DoesNotContain(none, r => r.PartnerCity.Code == r.FundCity.Code);
        var all = SyntheticFilings.RowsWithTruth(SyntheticFilingsOptions.Default with { Rows = 2000, LocalShare = 1 }).ToList();
        Assert.All(all, r => Assert.Equal(r.FundCity.Code, r.PartnerCity.Code));
    }

    [Fact]
    public void Every_place_and_credit_code_of_20000_rows_resolves_to_the_intended_city()
    {
        var resolver = PlaceResolver.Default;
        var failures = new List<string>();
        var byPlace = 0;
        var byCodeOnly = 0;
        foreach (var row in BigRows.Value)
        {
            var f = row.Fields;
            var fund = resolver.Resolve(f[2]);
            if (fund.Node?.Code != row.FundCity.Code) failures.Add($"fund place '{f[2]}' → {fund} (intended {row.FundCity})");
            Assert.False(f[6].Length == 0 && f[7].Length == 0, "a partner needs a place or a credit code");
            if (f[6].Length > 0)
            {
                byPlace++;
                var p = resolver.Resolve(f[6]);
                if (p.Node?.Code != row.PartnerCity.Code) failures.Add($"partner place '{f[6]}' → {p} (intended {row.PartnerCity})");
            }
            else
            {
                byCodeOnly++;
            }
            if (f[7].Length > 0)
            {
                Assert.True(PlaceResolver.CreditCodeCheckDigitValid(f[7], out var why), $"{f[7]}: {why}");
                var c = resolver.ResolveCreditCode(f[7]);
                if (c.Node?.Code != row.PartnerCity.Code) failures.Add($"credit code '{f[7]}' → {c} (intended {row.PartnerCity})");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(50)));
        Assert.InRange(byCodeOnly / (double)BigRows.Value.Count, 0.03, 0.15); // some partners give only a credit code
        Assert.True(byPlace > 15_000);
    }

    [Fact]
    public void Address_styles_cover_the_real_formats()
    {
        var places = BigRows.Value.SelectMany(r => new[] { r.Fields[2], r.Fields[6] }).Where(p => p.Length > 0).ToList();
        Assert.Contains(places, p => p.StartsWith("浙江省宁波市北仑区梅山", StringComparison.Ordinal));
        Assert.Contains(places, p => p.StartsWith("苏州工业园区", StringComparison.Ordinal));
        Assert.Contains(places, p => p.StartsWith("新疆伊犁州霍尔果斯市", StringComparison.Ordinal));
        Assert.Contains(places, p => p.StartsWith("中国（上海）自由贸易试验区", StringComparison.Ordinal));
        Assert.Contains(places, p => p.Contains('-') && p.Length <= 8);                       // 广东-深圳
        Assert.Contains(places, p => p.EndsWith('号') || p.EndsWith('室'));                   // street addresses
        Assert.Contains(places, p => p is "香港" or "香港特别行政区" or "中国香港");
        var fundNames = BigRows.Value.Select(r => r.Fields[1]).Distinct().ToList();
        Assert.Contains(fundNames, n => n.StartsWith("宁波梅山保税港区", StringComparison.Ordinal) && n.EndsWith("合伙企业（有限合伙）", StringComparison.Ordinal));
        Assert.All(BigRows.Value, r => Assert.Matches("^S[A-Z0-9]{5}$", r.Fields[0]));
    }

    [Fact]
    public void Funds_are_consistent_and_dates_grow_over_the_years()
    {
        var rows = BigRows.Value;
        foreach (var g in rows.GroupBy(r => r.Fields[0]))
        {
            Assert.Single(g.Select(r => (r.Fields[1], r.Fields[2], r.Fields[3])).Distinct());
            Assert.True(g.First().IsGeneralPartner);
            Assert.Single(g, r => r.IsGeneralPartner);
            Assert.Equal(g.Count(), g.Select(r => r.Fields[7].Length > 0 ? r.Fields[7] : r.Fields[4]).Distinct().Count()); // no duplicate pairs
        }
        var funds = rows.GroupBy(r => r.Fields[0]).Select(g => g.First()).ToList();
        Assert.InRange(rows.Count / (double)funds.Count, 5.5, 6.5);
        Assert.All(funds, f => Assert.InRange(f.FiledOn.Year, 2014, 2023));
        Assert.All(funds, f => Assert.True(f.FiledOn.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday));
        var perYear = funds.GroupBy(f => f.FiledOn.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(perYear[2023] > 2.5 * perYear[2014]);
        Assert.InRange(funds.Count(f => f.Fields[3].Length == 10 && f.Fields[3][4] == '-') / (double)funds.Count, 0.6, 0.8); // mostly ISO
        Assert.Contains(funds, f => f.Fields[3].Contains('年'));
        Assert.Contains(funds, f => f.Fields[3].Contains('/'));
        Assert.Contains(funds, f => f.Fields[3].Length == 8 && f.Fields[3].All(char.IsAsciiDigit));

        var lp = rows.Where(r => !r.IsGeneralPartner).Select(r => r.CapitalYuan).Order().ToList();
        var gp = rows.Where(r => r.IsGeneralPartner).Select(r => r.CapitalYuan).Order().ToList();
        Assert.True(gp[gp.Count / 2] * 10 <= lp[lp.Count / 2], "general partners commit tiny amounts");
        Assert.True(lp[lp.Count * 99 / 100] >= 10 * lp[lp.Count / 2] && lp[^1] >= 50 * lp[lp.Count / 2], "limited partners' commitments are heavy-tailed");
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Ingest_uses_every_row_and_reads_the_intended_capital(bool chinese, bool wan)
    {
        var options = SyntheticFilingsOptions.Default with { Rows = 5000, ChineseHeaders = chinese, CapitalInWan = wan, Seed = 7 };
        var truth = SyntheticFilings.RowsWithTruth(options).ToList();
        var result = CityNetwork.FromFilings(new MemoryStream(Bytes(options)), "synthetic.csv");
        var report = result.Report;
        Assert.True(report.Reconciles);
        Assert.Equal(5000, report.RowsRead);
        Assert.Equal(5000, report.RowsUsed);
        Assert.Empty(report.Diagnostics);
        Assert.Equal(truth.Select(r => r.Fields[0]).Distinct().Count(), report.Funds);
        var capital = truth.Sum(r => (double)r.CapitalYuan);
        Assert.Equal(capital, report.Capital, capital * 1e-12);
        if (!wan)
        {
            var amounts = truth.Select(r => r.Fields[8]).ToList();
            Assert.Contains(amounts, a => a.Contains(','));
            Assert.Contains(amounts, a => a.EndsWith('万') || a.EndsWith("万元", StringComparison.Ordinal));
            Assert.Contains(amounts, a => a.EndsWith('亿'));
        }
    }

    [Fact]
    public void Out_of_range_options_throw_before_the_first_row()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticFilings.Rows(SyntheticFilingsOptions.Default with { Rows = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticFilings.Rows(SyntheticFilingsOptions.Default with { MeanPartnersPerFund = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticFilings.Rows(SyntheticFilingsOptions.Default with { FirstYear = 2024, LastYear = 2023 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticFilings.Rows(SyntheticFilingsOptions.Default with { LocalShare = 1.2 }));
        var sw = new StringWriter();
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticFilings.Write(sw, SyntheticFilingsOptions.Default with { Rows = -5 }));
        Assert.Equal("", sw.ToString());
    }

    [Fact]
    public void Credit_codes_carry_valid_check_characters()
    {
        var rng = new Xoshiro256(42);
        foreach (var division in new[] { 110108, 320583, 330206, 654004, 429004, 540100 })
        {
            for (var i = 0; i < 500; i++)
            {
                var code = Addresses.CreditCode(ref rng, division);
                Assert.Equal(18, code.Length);
                Assert.StartsWith("91" + division.ToString(System.Globalization.CultureInfo.InvariantCulture), code);
                Assert.True(PlaceResolver.CreditCodeCheckDigitValid(code, out var why), $"{code}: {why}");
            }
        }
    }
}
