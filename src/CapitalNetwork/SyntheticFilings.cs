using CapitalNetwork.Csv;
using CapitalNetwork.Files;
using System.Globalization;
using System.Text;
using CapitalNetwork.Randomness;
using CapitalNetwork.Synthesis;

namespace CapitalNetwork;

/// <summary>
/// Generates realistic, fully synthetic venture-fund filings (one row per fund–partner pair, the input of
/// <see cref="CityNetwork.FromFilings(string, IngestOptions?, CancellationToken)"/>) for examples, tests and
/// benchmarks. No real fund, firm or person is named; the only real data are the division names and codes of the gazetteer.
/// </summary>
/// <remarks>
/// <para><b>Shape.</b> Funds are registered with target shares by statistical region of <b>East 72 %, Central 12 %,
/// West 12 %, Northeast 4 %</b> (the region is drawn first, so these are the expected shares of funds). Within a region
/// the city is drawn from a heavy-tailed weight table with the real registration hot spots: 北京, 上海, 深圳 (前海), 杭州,
/// 苏州 (苏州工业园区), 宁波 (梅山), 嘉兴 (南湖基金小镇), 珠海 (横琴), 天津 (东疆), 厦门 and 青岛 in the East; 九江 (共青城) and
/// 新余 in the Central region; 伊犁 (霍尔果斯), 拉萨 and 喀什 in the West; every other mainland city has weight 1.
/// Each partner sits in the fund's city with probability <see cref="SyntheticFilingsOptions.LocalShare"/>; otherwise
/// 55 % of partners come from a few hubs (北京, 上海, 深圳, 杭州, 广州, 苏州, 南京, 香港) and 45 % from a gravity tail
/// (mass / (distance² + 4), distance in degrees). A fund has one general partner (tiny commitment, 0.1–1,000 万元) and
/// limited partners: companies, natural persons and government guidance funds, with lognormal-like commitments
/// (median about 1,000 万元). Filing dates grow 18 % a year and fall on working days.</para>
/// <para><b>Text.</b> Fund ids look like AMAC's (<c>SX1234</c>, <c>SKM527</c>); fund names start with the city or zone
/// (<c>宁波梅山保税港区鼎源创业投资合伙企业（有限合伙）</c>). Places are written as AMAC 注册地 (<c>浙江省宁波市北仑区</c>),
/// full street addresses, <c>省-市</c> forms, short names, county-level cities under their province (<c>江苏省昆山市</c>),
/// and zone addresses of the hot spots; some corporate partners give only a unified social credit code (valid check
/// characters, characters 3–8 a county or prefecture code of their city). Dates are mostly ISO, also <c>2019/5/6</c>,
/// <c>2019年5月6日</c> and <c>20190506</c>. Every row is valid input: it resolves and parses with the library's defaults.</para>
/// <para><b>Determinism.</b> The generator is xoshiro256** seeded by SplitMix64 and uses only integer arithmetic and
/// exact IEEE-754 operations, so a seed gives the same bytes on every platform and .NET version. With the same seed, the
/// rows for a smaller <see cref="SyntheticFilingsOptions.Rows"/> are a prefix of those for a larger one (only the last
/// fund is cut short).</para>
/// <para><b>Cost.</b> O(1) time and memory per row after an O(gazetteer) set-up.</para>
/// </remarks>
public static class SyntheticFilings
{
    private static readonly string[] EnglishHeader =
        ["fund_id", "fund_name", "fund_place", "filed_on", "partner_name", "partner_kind", "partner_place", "partner_credit_code"];

    private static readonly string[] ChineseHeader =
        ["基金编号", "基金名称", "注册地", "备案时间", "合伙人名称", "合伙人类型", "所在地", "统一社会信用代码"];

    /// <summary>Capital ladder in 万元: commitments are drawn on this log-spaced scale, then sometimes perturbed.</summary>
    private static readonly long[] LadderWan =
    [
        1, 2, 3, 5, 8, 10, 15, 20, 30, 50, 80, 100, 150, 200, 300, 500, 800, 1000, 1500, 2000, 3000, 5000, 8000, 10000, 15000,
        20000, 30000, 50000, 80000, 100000, 150000, 200000,
    ];

    private const int LadderCompany = 17;   // 1,000 万元
    private const int LadderPerson = 14;    // 300 万元
    private const int LadderPersonMin = 11; // 100 万元: the legal minimum for a qualified individual investor
    private const int LadderGuidance = 19;  // 2,000 万元

    private static readonly long[] GeneralPartnerYuan =
        [1_000, 10_000, 100_000, 100_000, 500_000, 1_000_000, 1_000_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000];

    private const string IdLetters = "ABCDEFGHJKLMNPQRSTUVWXY"; // 23 letters: no I, O, Z
    private const int IdSpace = 23 * 10_000 + 23 * 23 * 1_000; // S+letter+4 digits, then S+2 letters+3 digits
    private const int IdMultiplier = 7919;                      // coprime with IdSpace, so the scramble is a bijection

    /// <summary>The header row: the canonical English names or the Chinese ones, with the capital unit in the last column.</summary>
    /// <param name="options">Options, or <c>null</c> for <see cref="SyntheticFilingsOptions.Default"/>.</param>
    /// <returns>Nine header cells, in the order of <see cref="FilingColumn"/>.</returns>
    public static string[] Header(SyntheticFilingsOptions? options = null)
    {
        options ??= SyntheticFilingsOptions.Default;
        var capital = (options.ChineseHeaders, options.CapitalInWan) switch
        {
            (true, true) => "认缴出资额（万元）",
            (true, false) => "认缴出资额（元）",
            (false, true) => "capital (万元)",
            (false, false) => "capital",
        };
        return [.. options.ChineseHeaders ? ChineseHeader : EnglishHeader, capital];
    }

    /// <summary>Streams the data rows (without the header). Each call starts again from the seed.</summary>
    /// <param name="options">Options, or <c>null</c> for <see cref="SyntheticFilingsOptions.Default"/>.</param>
    /// <returns>Exactly <see cref="SyntheticFilingsOptions.Rows"/> rows of nine fields each.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (checked before the first row).</exception>
    public static IEnumerable<string[]> Rows(SyntheticFilingsOptions? options = null) =>
        RowsWithTruth(options).Select(r => r.Fields);

    /// <summary>Writes the header and the rows as RFC 4180 CSV: comma-separated, fields quoted only when they contain a
    /// comma, quote or line break, <c>'\n'</c> line ends, invariant culture. The writer's encoding decides the bytes
    /// (use UTF-8 with a BOM for Excel).</summary>
    /// <remarks>The file is meant to be read back by <see cref="FilingsReader"/>, which takes cells literally. With the
    /// embedded gazetteer no generated cell starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return
    /// (ids, Chinese names and places, dates, credit codes, positive amounts), so <see cref="CsvCells.SpreadsheetSafe"/>
    /// (the default, as for every CSV writer) and <see cref="CsvCells.Raw"/> give the same bytes and the file reads back
    /// as generated. Only a custom <see cref="SyntheticFilingsOptions.Gazetteer"/> whose names start with one of those
    /// characters makes them differ: its places are then written with an apostrophe in front, which the reader does not
    /// remove; pass <see cref="CsvCells.Raw"/> to read such a file back.</remarks>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="SyntheticFilingsOptions.Default"/>.</param>
    /// <param name="cells">Whether to neutralise cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static void Write(TextWriter writer, SyntheticFilingsOptions? options = null, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Table(writer, Header(options), Rows(options), cells);
    }

    /// <summary>Writes the header and the rows to a CSV file (UTF-8 without BOM; see
    /// <see cref="Write(TextWriter, SyntheticFilingsOptions?, CsvCells)"/>), replacing it whole: written under a temporary
    /// name in the same folder and renamed over <paramref name="path"/> when complete, so a failure (full disk, an
    /// interrupted run) leaves any previous file as it was.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="SyntheticFilingsOptions.Default"/>.</param>
    /// <param name="cells">Whether to neutralise cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the previous file is unchanged).</exception>
    /// <exception cref="IOException">The file cannot be written; the previous file is unchanged.</exception>
    public static void Write(string path, SyntheticFilingsOptions? options = null, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, AtomicFile.Text(w => Write(w, options, cells)));
    }

    /// <summary>The rows with the truth behind them (the intended cities, capital and date), for tests.</summary>
    internal static IEnumerable<FilingRow> RowsWithTruth(SyntheticFilingsOptions? options = null)
    {
        options ??= SyntheticFilingsOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.Rows, nameof(options.Rows));
        if (!(options.MeanPartnersPerFund >= 2 && options.MeanPartnersPerFund <= 100))
            throw new ArgumentOutOfRangeException(nameof(options), options.MeanPartnersPerFund, "MeanPartnersPerFund must be between 2 and 100.");
        if (options.FirstYear < 1980 || options.LastYear > 2100 || options.FirstYear > options.LastYear)
            throw new ArgumentOutOfRangeException(nameof(options), $"{options.FirstYear}–{options.LastYear}", "The years must satisfy 1980 ≤ FirstYear ≤ LastYear ≤ 2100.");
        if (!(options.LocalShare >= 0 && options.LocalShare <= 1))
            throw new ArgumentOutOfRangeException(nameof(options), options.LocalShare, "LocalShare must be between 0 and 1.");
        var atlas = Atlas.For(options.Gazetteer);
        return Generate(options, atlas);
    }

    private static IEnumerable<FilingRow> Generate(SyntheticFilingsOptions options, Atlas atlas)
    {
        var generator = new Generator(options, atlas);
        var remaining = options.Rows;
        while (remaining > 0)
        {
            var fund = generator.NextFund();
            var count = Math.Min(generator.NextPartnerCount(), remaining);
            for (var i = 0; i < count; i++) yield return generator.NextPartner(fund, i == 0);
            remaining -= count;
        }
    }

    /// <summary>A fund being written: everything its rows share.</summary>
    private sealed record Fund(int City, string Id, string Name, string Place, DateOnly FiledOn, string FiledText, bool CompanyForm,
        HashSet<string> PartnerKeys);

    /// <summary>The state of one enumeration.</summary>
    private sealed class Generator(SyntheticFilingsOptions options, Atlas atlas)
    {
        private Xoshiro256 _rng = new(options.Seed);
        private readonly double[]?[] _gravity = new double[atlas.Cities.Length][];
        private readonly long[] _yearCumulative = YearWeights(options.FirstYear, options.LastYear);
        private readonly ulong _idOffset = new Xoshiro256(options.Seed ^ 0x5EED_F00D_CAFEUL).NextUInt64Below(IdSpace);
        private readonly double _extraPartner = (options.MeanPartnersPerFund - 2) / (options.MeanPartnersPerFund - 1);
        private int _fundNumber;

        public Fund NextFund()
        {
            ref var rng = ref _rng;
            var cityIndex = atlas.DrawFundCity(ref rng);
            var city = atlas.Cities[cityIndex];

            string place, prefix = city.Short;
            if (city.Zones.Length > 0 && rng.Chance(0.55))
            {
                var (address, namePrefix) = city.Zones[rng.Next(city.Zones.Length)];
                place = Addresses.Fill(ref rng, address);
                prefix = namePrefix;
            }
            else
            {
                var u = rng.NextDouble();
                place = Addresses.Place(ref rng, city, u < 0.75 ? PlaceStyle.Amac : u < 0.95 ? PlaceStyle.Street : PlaceStyle.CityCounty);
            }

            var companyForm = rng.Chance(0.15);
            var brand = Brand(ref rng);
            var type = rng.Pick(PartyNames.FundTypes);
            var series = rng.Chance(0.2) ? rng.Pick(["一期", "二期", "三期"]) : "";
            var name = companyForm
                ? $"{prefix}{brand}{series}{type}有限公司"
                : rng.Chance(0.85)
                    ? $"{prefix}{brand}{series}{type}合伙企业（有限合伙）"
                    : $"{brand}（{city.Short}）{series}{type}合伙企业（有限合伙）";

            var year = options.FirstYear + rng.PickCumulative(_yearCumulative);
            var days = DateTime.IsLeapYear(year) ? 366 : 365;
            var date = new DateOnly(year, 1, 1).AddDays(rng.Next(days));
            if (date.DayOfWeek == DayOfWeek.Saturday) date = date.AddDays(date.Day > 1 || date.Month > 1 ? -1 : 2);
            else if (date.DayOfWeek == DayOfWeek.Sunday) date = date.AddDays(date.Month == 12 && date.Day == 31 ? -2 : 1);
            var f = rng.NextDouble();
            var text = f < 0.70 ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : f < 0.82 ? date.ToString("yyyy/M/d", CultureInfo.InvariantCulture)
                : f < 0.90 ? date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
                : date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

            return new Fund(cityIndex, FundId(_fundNumber++), name, place, date, text, companyForm, new HashSet<string>(StringComparer.Ordinal));
        }

        public int NextPartnerCount()
        {
            var n = 2;
            while (n < 500 && _rng.Chance(_extraPartner)) n++;
            return n;
        }

        public FilingRow NextPartner(Fund fund, bool general)
        {
            ref var rng = ref _rng;
            var cityIndex = PartnerCity(fund.City);
            var city = atlas.Cities[cityIndex];
            var abroad = city.Node.Level == DivisionLevel.SpecialAdministrativeRegion;

            // Who the partner is.
            var u = rng.NextDouble();
            var person = !general && !abroad && u < 0.30;
            var guidance = !general && !abroad && !person && u < 0.36;
            string kind = general
                ? fund.CompanyForm ? "企业法人" : "普通合伙人"
                : fund.CompanyForm ? person ? "自然人" : "企业法人" : "有限合伙人";

            string name = "", place = "", code = "";
            for (var attempt = 0; ; attempt++)
            {
                name = person ? PersonName(ref rng)
                    : abroad ? $"{Brand(ref rng)}{rng.Pick(["投资", "资本", "控股"])}（香港）有限公司"
                    : general ? GeneralPartnerName(ref rng, city)
                    : guidance ? city.Node.Name + rng.Pick(["产业投资引导基金有限公司", "创新投资集团有限公司", "国有资本投资运营有限公司", "天使投资引导基金（有限合伙）"])
                    : $"{city.Short}{Brand(ref rng)}{rng.Pick(PartyNames.Businesses)}{rng.Pick(["有限公司", "有限公司", "股份有限公司", "合伙企业（有限合伙）"])}";
                if (fund.CompanyForm) name = name.Replace("合伙企业（有限合伙）", "有限公司", StringComparison.Ordinal); // shareholders of a company are companies or persons
                if (attempt > 50) name += $"（{attempt}）";
                code = person || abroad ? "" : Addresses.CreditCode(ref rng, CreditDivision(ref rng, city));
                if (!fund.PartnerKeys.Contains(name) && (code.Length == 0 || !fund.PartnerKeys.Contains(code))) break;
            }

            // Where it sits: place text, credit code, or both.
            var w = rng.NextDouble();
            if (person)
            {
                place = Addresses.Place(ref rng, city, w < 0.40 ? PlaceStyle.Amac : w < 0.85 ? PlaceStyle.Street : w < 0.95 ? PlaceStyle.Short : PlaceStyle.CityCounty);
            }
            else if (abroad)
            {
                place = Addresses.Place(ref rng, city, w < 0.5 ? PlaceStyle.Short : w < 0.8 ? PlaceStyle.Amac : PlaceStyle.Street);
            }
            else
            {
                if (w >= 0.12) place = Addresses.Place(ref rng, city, CompanyStyle(ref rng, city));
                if (w >= 0.12 && w < 0.20) code = "";
            }
            fund.PartnerKeys.Add(name);
            if (code.Length > 0) fund.PartnerKeys.Add(code);

            var yuan = general ? rng.Pick(GeneralPartnerYuan) : LimitedPartnerYuan(ref rng, person ? LadderPerson : guidance ? LadderGuidance : LadderCompany, person);
            string[] fields = [fund.Id, fund.Name, fund.Place, fund.FiledText, name, kind, place, code, FormatCapital(ref rng, yuan, options.CapitalInWan)];
            return new FilingRow(fields, atlas.Cities[fund.City].Node, city.Node, yuan, fund.FiledOn, general);
        }

        private int PartnerCity(int fundCity)
        {
            if (_rng.Chance(options.LocalShare)) return fundCity;
            if (_rng.Chance(0.55)) return atlas.DrawHub(ref _rng, fundCity);
            var g = _gravity[fundCity] ??= atlas.GravityCumulative(fundCity);
            return g[^1] > 0 ? _rng.PickCumulative(g) : atlas.DrawHub(ref _rng, fundCity);
        }

        private static PlaceStyle CompanyStyle(ref Xoshiro256 rng, Atlas.City city)
        {
            var s = rng.Next(100);
            return s < 30 ? PlaceStyle.Amac
                : s < 65 ? PlaceStyle.Street
                : s < 77 ? PlaceStyle.Dash
                : s < 87 ? PlaceStyle.Short
                : s < 92 ? PlaceStyle.CityCounty
                : s < 95 ? PlaceStyle.CountyCity
                : city.Zones.Length > 0 ? PlaceStyle.Zone : PlaceStyle.Street;
        }

        private static int CreditDivision(ref Xoshiro256 rng, Atlas.City city) =>
            city.Counties.Length > 0 && rng.Chance(0.65) ? city.Counties[rng.Next(city.Counties.Length)].Code : city.Node.Code;

        private string FundId(int number)
        {
            if (number >= IdSpace) return "SZ" + number.ToString("D7", CultureInfo.InvariantCulture);
            var k = (int)(((ulong)number * IdMultiplier + _idOffset) % IdSpace);
            if (k < 230_000)
                return string.Concat("S", IdLetters[k / 10_000].ToString(), (k % 10_000).ToString("D4", CultureInfo.InvariantCulture));
            k -= 230_000;
            var pair = k / 1_000;
            return string.Concat("S", IdLetters[pair / 23].ToString(), IdLetters[pair % 23].ToString(), (k % 1_000).ToString("D3", CultureInfo.InvariantCulture));
        }
    }

    private static long[] YearWeights(int first, int last)
    {
        var result = new long[last - first + 1];
        long w = 100, total = 0;
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = total += w;
            w = Math.Min(w * 118 / 100, 1L << 40);
        }
        return result;
    }

    private static string Brand(ref Xoshiro256 rng)
    {
        var a = rng.Next(PartyNames.BrandChars.Length);
        var b = rng.Next(PartyNames.BrandChars.Length - 1);
        if (b >= a) b++;
        return PartyNames.BrandChars[a] + PartyNames.BrandChars[b];
    }

    private static string PersonName(ref Xoshiro256 rng)
    {
        var name = rng.Pick(PartyNames.Surnames) + rng.Pick(PartyNames.GivenChars);
        return rng.Chance(0.7) ? name + rng.Pick(PartyNames.GivenChars) : name;
    }

    private static string GeneralPartnerName(ref Xoshiro256 rng, Atlas.City city)
    {
        var brand = Brand(ref rng);
        return rng.Next(4) switch
        {
            0 => $"{city.Short}{brand}投资管理有限公司",
            1 => $"{city.Short}{brand}私募基金管理有限公司",
            2 => $"{brand}（{city.Short}）创业投资管理有限公司",
            _ => $"{city.Short}{brand}投资管理合伙企业（有限合伙）",
        };
    }

    /// <summary>A limited partner's commitment: a step on the log-spaced ladder around <paramref name="center"/> (a sum of ten
    /// steps of −1/0/+1, so roughly lognormal with σ ≈ 2.2 steps ≈ 1 in ln), a 4 % chance of three steps more, and a
    /// 40 % chance of a non-round amount.</summary>
    private static long LimitedPartnerYuan(ref Xoshiro256 rng, int center, bool person)
    {
        var step = center;
        for (var i = 0; i < 10; i++)
        {
            var t = rng.Next(4);
            step += t == 0 ? -1 : t == 3 ? 1 : 0;
        }
        if (rng.Chance(0.04)) step += 3;
        step = Math.Clamp(step, person ? LadderPersonMin : 0, LadderWan.Length - 1);
        var yuan = LadderWan[step] * 10_000;
        var odd = rng.NextDouble();
        if (odd < 0.30) yuan = yuan * rng.Between(300, 1999) / 1000;
        else if (odd < 0.40) yuan = yuan * 10 / 3;
        return yuan;
    }

    /// <summary>Spells an amount: in 万元 with up to four decimals (sometimes with thousands separators), or in CNY as
    /// registry exports do (plain, "1,000,000.00", "500万", "1.5亿").</summary>
    private static string FormatCapital(ref Xoshiro256 rng, long yuan, bool inWan)
    {
        var u = rng.NextDouble();
        if (inWan) return Scaled(yuan, 4, u < 0.08);
        if (u < 0.50) return yuan.ToString(CultureInfo.InvariantCulture);
        if (u < 0.70) return Scaled(yuan, 0, true) + (u < 0.60 ? ".00" : "");
        if (u < 0.90 || yuan < 100_000_000 || yuan % 1_000_000 != 0) return Scaled(yuan, 4, false) + (u < 0.80 ? "万" : "万元");
        return Scaled(yuan, 8, false) + "亿";
    }

    /// <summary>yuan / 10^<paramref name="digits"/> written exactly, trailing zeros of the fraction dropped.</summary>
    private static string Scaled(long yuan, int digits, bool separators)
    {
        long scale = 1;
        for (var i = 0; i < digits; i++) scale *= 10;
        var whole = yuan / scale;
        var frac = yuan % scale;
        var sb = new StringBuilder(whole.ToString(separators ? "#,0" : "0", CultureInfo.InvariantCulture));
        if (frac != 0) sb.Append('.').Append(frac.ToString(new string('0', digits), CultureInfo.InvariantCulture).TrimEnd('0'));
        return sb.ToString();
    }
}
