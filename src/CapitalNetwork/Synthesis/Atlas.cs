using System.Runtime.CompilerServices;
using System.Text;
using CapitalNetwork.Randomness;

namespace CapitalNetwork.Synthesis;

/// <summary>
/// The tables <see cref="SyntheticFilings"/> draws from, built once per <see cref="Gazetteer"/>: the candidate
/// cities with their fund-registration weights (hot spots) and partner-source masses (hubs), their short names and
/// counties, the hand-written zone addresses of the hot spots, and the text of every address style.
/// </summary>
/// <remarks>Immutable after construction and thread-safe. Built in O(divisions); cached per gazetteer instance.</remarks>
internal sealed class Atlas
{
    /// <summary>Target shares (per mille) of fund registrations by statistical region: East, Central, West, Northeast.</summary>
    public static readonly (StatisticalRegion Region, int PerMille)[] RegionTargets =
    [
        (StatisticalRegion.East, 720), (StatisticalRegion.Central, 120), (StatisticalRegion.West, 120), (StatisticalRegion.Northeast, 40),
    ];

    /// <summary>Relative fund-registration weight (within the city's region) and partner-source mass of named cities;
    /// every other mainland city has weight 1 and mass 1.</summary>
    private static readonly (int Code, int FundWeight, int Mass)[] CityTable =
    [
        // East
        (110000, 110, 100), (310000, 100, 90), (440300, 100, 80), (330100, 60, 45), (320500, 55, 30), (330200, 50, 20),
        (330400, 45, 5), (440400, 35, 3), (120000, 30, 15), (350200, 25, 10), (370200, 25, 10), (440100, 30, 35),
        (320100, 25, 25), (320200, 12, 10), (320400, 8, 5), (320600, 6, 5), (330600, 8, 5), (330300, 5, 5), (330700, 5, 3),
        (331000, 4, 3), (330500, 6, 3), (350100, 8, 8), (370100, 8, 8), (441900, 6, 8), (440600, 6, 8), (130100, 4, 4),
        (460100, 8, 3), (460200, 5, 2), (370600, 4, 3),
        // Central
        (360400, 60, 1), (360500, 40, 1), (420100, 24, 15), (340100, 24, 12), (430100, 20, 10), (410100, 12, 8),
        (360100, 10, 5), (140100, 4, 3), (340200, 4, 2), (420500, 2, 2), (410300, 2, 2), (430200, 2, 1), (360700, 3, 1),
        // West
        (654000, 50, 1), (540100, 45, 1), (510100, 40, 15), (500000, 35, 10), (610100, 28, 10), (653100, 12, 1),
        (520100, 10, 3), (530100, 10, 3), (450100, 8, 3), (650100, 8, 3), (640100, 4, 1), (620100, 4, 2), (150100, 3, 2),
        (630100, 2, 1), (510700, 2, 1),
        // Northeast
        (210200, 12, 4), (210100, 12, 4), (220100, 9, 3), (230100, 9, 3), (220200, 2, 1),
        // Outside: Hong Kong sends capital, Macao and Taiwan are not drawn.
        (810000, 0, 12), (820000, 0, 0), (710000, 0, 0),
    ];

    /// <summary>Hubs that supply most non-local capital, with relative weights.</summary>
    private static readonly (int Code, int Weight)[] HubTable =
    [
        (110000, 30), (310000, 27), (440300, 22), (330100, 10), (440100, 4), (320500, 3), (320100, 2), (810000, 2),
    ];

    /// <summary>Registered-address forms of the hot spots (zones, free-trade zones, fund towns), with the prefix fund names
    /// registered there start with. Placeholders: {n} house number, {b} building, {r} room, {road} a road name.</summary>
    private static readonly (int Code, string Address, string NamePrefix)[] ZoneTable =
    [
        (110000, "北京市海淀区中关村大街{n}号{b}层{r}", "北京"),
        (110000, "北京市西城区金融大街{n}号{r}室", "北京"),
        (310000, "中国（上海）自由贸易试验区{road}{n}号{r}室", "上海"),
        (310000, "上海市浦东新区陆家嘴环路{n}号{r}室", "上海"),
        (440300, "深圳市前海深港合作区南山街道桂湾五路128号前海深港基金小镇{b}栋{r}", "深圳前海"),
        (440300, "深圳市前海深港合作区前湾一路1号A栋201室（入驻深圳市前海商务秘书有限公司）", "深圳前海"),
        (440300, "广东省深圳市南山区粤海街道科技园路{n}号", "深圳"),
        (330100, "浙江省杭州市上城区玉皇山南基金小镇{b}号楼{r}室", "杭州"),
        (320500, "苏州工业园区星湖街{n}号", "苏州工业园区"),
        (320500, "江苏省苏州市苏州工业园区苏虹东路{n}号{r}室", "苏州工业园区"),
        (330200, "浙江省宁波市北仑区梅山七星路{n}号{b}幢{r}室", "宁波梅山保税港区"),
        (330200, "浙江省宁波市北仑区梅山大道商务中心{b}号办公楼{r}室", "宁波梅山保税港区"),
        (330200, "宁波梅山保税港区", "宁波梅山保税港区"),
        (330400, "浙江省嘉兴市南湖区东栅街道南江路1856号基金小镇{b}号楼{r}室-{n}", "嘉兴"),
        (330400, "嘉兴市南湖区南湖基金小镇", "嘉兴"),
        (440400, "珠海市横琴新区宝华路6号105室-{n}", "珠海横琴"),
        (440400, "广东省珠海市横琴新区环岛东路{n}号{r}办公", "珠海横琴"),
        (440400, "横琴粤澳深度合作区环岛东路{n}号{r}办公", "横琴"),
        (120000, "天津自贸试验区（东疆保税港区）亚洲路{n}号{r}", "天津东疆"),
        (120000, "天津市滨海新区东疆保税港区澳洲路{n}号{b}号楼-{r}", "天津"),
        (360400, "江西省九江市共青城市私募基金创新园内", "共青城"),
        (360400, "江西省共青城市基金小镇{b}号楼{r}室", "共青城"),
        (360400, "共青城私募基金创新园区{b}号楼", "共青城"),
        (360500, "江西省新余市渝水区康泰路21号{r}室", "新余"),
        (360500, "江西省新余市仙女湖区仰天岗国际生态城", "新余"),
        (350200, "福建省厦门市思明区环岛东路{n}号{r}室", "厦门"),
        (350200, "中国（福建）自由贸易试验区厦门片区象屿路{n}号{r}室", "厦门"),
        (370200, "山东省青岛市崂山区苗岭路{n}号{r}室", "青岛"),
        (370200, "青岛西海岸新区{road}{n}号", "青岛"),
        (540100, "西藏自治区拉萨市柳梧新区{road}{n}号", "拉萨"),
        (540100, "拉萨经济技术开发区林琼岗路{n}号", "拉萨"),
        (540100, "西藏拉萨市堆龙德庆区{road}{n}号", "拉萨"),
        (654000, "新疆伊犁州霍尔果斯市亚欧路{n}号{r}室", "霍尔果斯"),
        (654000, "新疆霍尔果斯市卡拉苏河{road}{n}号", "霍尔果斯"),
        (654000, "霍尔果斯市{road}{n}号", "霍尔果斯"),
        (653100, "新疆喀什经济开发区深喀大道{n}号", "喀什"),
    ];

    private static readonly Lazy<Atlas> DefaultAtlas = new(() => new Atlas(Gazetteer.Default));
    private static readonly ConditionalWeakTable<Gazetteer, Atlas> Others = new();

    private readonly Dictionary<int, int> _indexOfCode = new();
    private readonly long[][] _fundCumulative;   // per region (RegionTargets order): cumulative fund weights over _regionCities
    private readonly int[][] _regionCities;
    private readonly long[] _regionCumulative;
    private readonly long[] _hubCumulative;
    private readonly int[] _hubCities;

    private Atlas(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        var table = CityTable.ToDictionary(t => t.Code);
        var zones = ZoneTable.ToLookup(z => z.Code);
        var abbreviations = gazetteer.Aliases.Where(a => a.Kind == "abbreviation").ToLookup(a => a.Code);
        var counties = gazetteer.Divisions
            .Where(d => d.Level == DivisionLevel.County && d.NodeCode is not null)
            .ToLookup(d => d.NodeCode!.Value);

        // Every name and short form that stands for something other than a given node: a city's short name alone is written
        // only when no other division or alias answers to it (西安 is also 西安区 in 辽源, 吉林 also the province).
        var namesOf = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        void Claim(string name, int node)
        {
            if (!namesOf.TryGetValue(name, out var set)) namesOf[name] = set = [];
            set.Add(node);
        }
        foreach (var d in gazetteer.Divisions)
        {
            var owner = d.NodeCode ?? -d.Code;
            Claim(d.Name, owner);
            foreach (var suffix in new[] { "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "地区", "区", "县" })
                if (d.Name.EndsWith(suffix, StringComparison.Ordinal) && d.Name.Length - suffix.Length >= 2) { Claim(d.Name[..^suffix.Length], owner); break; }
        }
        foreach (var a in gazetteer.Aliases)
            if (gazetteer.TryGet(a.Code, out var target)) Claim(a.Name, target.NodeCode ?? -target.Code);

        var cities = new List<City>();
        foreach (var node in gazetteer.Nodes)
        {
            if (!gazetteer.TryGet(node.ProvinceCode, out var province)) continue;
            var (fundWeight, mass) = table.TryGetValue(node.Code, out var t) ? (t.FundWeight, t.Mass)
                : node.Region == StatisticalRegion.Outside ? (0, 0) : (1, 1);
            _indexOfCode[node.Code] = cities.Count;
            var shortName = CityShortName(node, abbreviations[node.Code]);
            cities.Add(new City(
                node,
                province,
                ProvinceShortName(province),
                shortName,
                namesOf.TryGetValue(shortName, out var owners) && owners.Count == 1,
                counties[node.Code].ToArray(),
                zones[node.Code].Select(z => (z.Address, z.NamePrefix)).ToArray(),
                fundWeight,
                mass));
        }
        Cities = cities.ToArray();

        _regionCities = new int[RegionTargets.Length][];
        _fundCumulative = new long[RegionTargets.Length][];
        var regionWeights = new long[RegionTargets.Length];
        for (var r = 0; r < RegionTargets.Length; r++)
        {
            var members = Enumerable.Range(0, Cities.Length)
                .Where(i => Cities[i].Node.Region == RegionTargets[r].Region && Cities[i].FundWeight > 0).ToArray();
            _regionCities[r] = members;
            _fundCumulative[r] = Cumulative(members.Select(i => (long)Cities[i].FundWeight));
            regionWeights[r] = members.Length == 0 ? 0 : RegionTargets[r].PerMille;
        }
        if (regionWeights.Sum() == 0)
            throw new ArgumentException("The gazetteer has no mainland city in the East, Central, West or Northeast regions.", nameof(gazetteer));
        _regionCumulative = Cumulative(regionWeights);

        var hubs = HubTable.Where(h => _indexOfCode.ContainsKey(h.Code)).ToArray();
        if (hubs.Length < 2) hubs = [.. Enumerable.Range(0, Cities.Length).Where(i => Cities[i].FundWeight > 0).Take(2).Select(i => (Cities[i].Node.Code, 1))];
        _hubCities = hubs.Select(h => _indexOfCode[h.Code]).ToArray();
        _hubCumulative = Cumulative(hubs.Select(h => (long)h.Weight));
    }

    /// <summary>The gazetteer the atlas was built from.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The cities (network nodes with a known province), in code order.</summary>
    public City[] Cities { get; }

    /// <summary>The atlas of a gazetteer (cached).</summary>
    public static Atlas For(Gazetteer? gazetteer) =>
        gazetteer is null || ReferenceEquals(gazetteer, Gazetteer.Default)
            ? DefaultAtlas.Value
            : Others.GetValue(gazetteer, g => new Atlas(g));

    /// <summary>Draws a fund's registration city: a region with the target shares, then a city by its weight.</summary>
    public int DrawFundCity(ref Xoshiro256 rng)
    {
        var r = rng.PickCumulative(_regionCumulative);
        return _regionCities[r][rng.PickCumulative(_fundCumulative[r])];
    }

    /// <summary>Draws a hub city other than <paramref name="exclude"/>.</summary>
    public int DrawHub(ref Xoshiro256 rng, int exclude)
    {
        for (var attempt = 0; attempt < 64; attempt++)
        {
            var c = _hubCities[rng.PickCumulative(_hubCumulative)];
            if (c != exclude) return c;
        }
        return _hubCities[0] != exclude ? _hubCities[0] : _hubCities[1];
    }

    /// <summary>Gravity weights from city <paramref name="origin"/> to every other city as a running total:
    /// mass / (d² + 4) with d the distance in degrees (longitude scaled by 0.8, about cos 37°); the origin itself gets 0.</summary>
    public double[] GravityCumulative(int origin)
    {
        var o = Cities[origin].Node;
        var result = new double[Cities.Length];
        double total = 0;
        for (var i = 0; i < Cities.Length; i++)
        {
            var c = Cities[i];
            if (i != origin && c.Mass > 0)
            {
                double d2 = 400; // unknown coordinates: far away
                if (o.Longitude is { } ox && o.Latitude is { } oy && c.Node.Longitude is { } cx && c.Node.Latitude is { } cy)
                {
                    var dx = (cx - ox) * 0.8;
                    var dy = cy - oy;
                    d2 = dx * dx + dy * dy;
                }
                total += c.Mass / (d2 + 4);
            }
            result[i] = total;
        }
        return result;
    }

    private static long[] Cumulative(IEnumerable<long> weights)
    {
        var list = new List<long>();
        long total = 0;
        foreach (var w in weights) list.Add(total += w);
        return list.Count == 0 ? [0] : list.ToArray();
    }

    private static string ProvinceShortName(Division p)
    {
        foreach (var s in new[] { "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市" })
            if (p.Name.EndsWith(s, StringComparison.Ordinal) && p.Name.Length - s.Length >= 2) return p.Name[..^s.Length];
        return p.Name;
    }

    private static string CityShortName(Division node, IEnumerable<PlaceAlias> abbreviations)
    {
        if (node.Level == DivisionLevel.SpecialAdministrativeRegion) return ProvinceShortName(node);
        foreach (var s in new[] { "市", "地区" })
            if (node.Name.EndsWith(s, StringComparison.Ordinal) && node.Name.Length - s.Length >= 2) return node.Name[..^s.Length];
        var zhou = abbreviations.Where(a => a.Name.EndsWith('州') && a.Name.Length >= 3).OrderBy(a => a.Name.Length).ThenBy(a => a.Name, StringComparer.Ordinal).FirstOrDefault();
        return zhou?.Name ?? node.Name;
    }

    /// <summary>One candidate city.</summary>
    /// <param name="Node">The network node.</param>
    /// <param name="Province">Its province-level unit (itself for municipalities and SARs).</param>
    /// <param name="ProvinceShort">The province's short name (浙江, 新疆, 北京).</param>
    /// <param name="Short">The city's short name (宁波, 喀什, 湘西州, 北京).</param>
    /// <param name="ShortIsUnique">True when the short name alone names only this city (false for 西安, 吉林, 中山 …).</param>
    /// <param name="Counties">Its county-level units (districts, counties, county-level cities).</param>
    /// <param name="Zones">Hot-spot address forms and the fund-name prefixes that go with them.</param>
    /// <param name="FundWeight">Relative weight as a fund registration city within its region.</param>
    /// <param name="Mass">Relative mass as a source of partner capital.</param>
    internal sealed record City(
        Division Node,
        Division Province,
        string ProvinceShort,
        string Short,
        bool ShortIsUnique,
        Division[] Counties,
        (string Address, string NamePrefix)[] Zones,
        int FundWeight,
        int Mass)
    {
        /// <summary>True for a municipality or SAR, whose address starts with the city itself.</summary>
        public bool IsProvinceLevel => Node.Code == Province.Code;
    }
}
