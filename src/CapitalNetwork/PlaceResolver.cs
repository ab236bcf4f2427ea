using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CapitalNetwork.Places;
using CapitalNetwork.Reading;

namespace CapitalNetwork;

/// <summary>
/// Turns place text (names, addresses, AMAC 注册地 values, "省-市" forms, unified social credit codes) into a
/// network node of the <see cref="Gazetteer"/>, or says why it cannot.
/// </summary>
/// <remarks>
/// <para>Algorithm: the text is normalised (NFKC, so full-width characters become ASCII; whitespace and separators
/// such as <c>-</c>, <c>/</c>, <c>·</c> split tokens; a leading <c>中国</c> and the free-trade-zone form
/// <c>中国（上海）自由贸易试验区</c> are unwrapped). It is then read <em>from the start only</em> as a chain of administrative
/// tokens, each one inside the previous one: province → prefecture → county or zone. A token is an official name,
/// its short form (suffix 省/市/自治区/地区/区/县 stripped, at least two characters left), or an alias
/// (<see cref="Gazetteer.Aliases"/>). Every chain is explored and the one that reads the most characters wins; if
/// chains of the same length end in different nodes the text is <see cref="ResolutionFailure.Ambiguous"/>. A name
/// that is not inside an earlier token is never matched, so street names (上海市黄浦区北京东路) cannot pull the
/// answer elsewhere, and a short name followed by 路/街/道/巷 is not a place (中山路). A text that starts with a
/// county-level name resolves only when that name is unique nationally (昆山 → 苏州; 朝阳区 alone is ambiguous).</para>
/// <para>Short names at the start of a longer name: many company names begin with a place's short name that is
/// their trade name, not their seat (平安银行, 兴业证券, 东方财富). So when the winning reading is a single token that
/// is a <em>short name</em> — the short form of a county- or prefecture-level division (平安 of 平安区, 东方 of 东方市)
/// or an alias that does not end in a division suffix 省/市/区/县/州/旗/盟/镇/乡/村 (梅山, 雄安) — the rest of the
/// text, after the separators and free-trade-zone words the search skips, must continue an address: it is empty
/// (平安, 昆山), or starts with a digit (a house number), or starts with any name the resolver knows (北仑梅山), or
/// starts with a word of one to six Chinese characters that ends in an address unit: 镇, 乡, 村; 路, 街, 大道, 巷, 弄;
/// 区 or 园 (昆山玉山镇, 梅山七星路, 苏州工业园). Otherwise the text is <see cref="ResolutionFailure.Uncertain"/>, with
/// the node it would give in <see cref="PlaceResolution.Candidates"/>, unless
/// <see cref="PlaceResolverOptions.AcceptShortNamePrefixes"/> is set. Full names (平安区银行), chains of two or more
/// tokens (江苏昆山…, 宁波梅山…) and the short names of provinces, municipalities and the SARs (北京银行) are not
/// affected.</para>
/// <para>Cost: a chain step is O(K) for names of at most K characters (K ≤ 20), so a text of L characters costs
/// O(L·K) at worst. Immutable and thread-safe; cache results per distinct text when resolving many rows.</para>
/// </remarks>
public sealed class PlaceResolver
{
    private const int RankProvince = 1;
    private const int RankCity = 2;
    private const int RankCounty = 3;
    private const int RankTownship = 4;
    private const string RoadMarkers = "路街道巷弄";
    /// <summary>Last characters of division and zone names: an alias ending in none of them is a short name.</summary>
    private const string NameSuffixes = "省市区县州旗盟镇乡村";
    /// <summary>Last characters of the address units that may follow a short name (with 大道, checked apart).</summary>
    private const string AddressUnits = "镇乡村路街巷弄区园";
    private const string Separators = "-–—－·・/\\|,，、;；:： _()（）[]【】\"'“”.。";
    private static readonly SearchValues<char> SeparatorChars = SearchValues.Create(Separators);
    private static readonly SearchValues<char> RoadMarkerChars = SearchValues.Create(RoadMarkers);
    private static readonly SearchValues<char> AddressUnitChars = SearchValues.Create(AddressUnits);

    private static readonly Lazy<PlaceResolver> DefaultInstance = new(() => new PlaceResolver(Gazetteer.Default));

    private static readonly string[] SkippableWords =
        ["自由贸易试验区", "自贸试验区", "自由贸易区", "自贸区", "片区", "中华人民共和国", "中国"];

    private static readonly (string Word, string Country)[] ForeignWords =
    [
        ("开曼", "Cayman Islands"), ("CAYMAN", "Cayman Islands"), ("英属维尔京", "British Virgin Islands"),
        ("维尔京", "Virgin Islands"), ("BVI", "British Virgin Islands"), ("BRITISH VIRGIN", "British Virgin Islands"),
        ("百慕大", "Bermuda"), ("BERMUDA", "Bermuda"), ("新加坡", "Singapore"), ("SINGAPORE", "Singapore"),
        ("美国", "United States"), ("USA", "United States"), ("UNITED STATES", "United States"), ("英国", "United Kingdom"),
        ("UNITED KINGDOM", "United Kingdom"), ("日本", "Japan"), ("JAPAN", "Japan"), ("韩国", "South Korea"), ("KOREA", "South Korea"),
        ("德国", "Germany"), ("法国", "France"), ("加拿大", "Canada"), ("澳大利亚", "Australia"), ("卢森堡", "Luxembourg"),
        ("荷兰", "Netherlands"), ("瑞士", "Switzerland"), ("马来西亚", "Malaysia"), ("萨摩亚", "Samoa"), ("毛里求斯", "Mauritius"),
        ("以色列", "Israel"), ("爱尔兰", "Ireland"), ("泰国", "Thailand"), ("印度尼西亚", "Indonesia"), ("越南", "Vietnam"),
    ];

    private static readonly string[] Continents = ["亚洲", "欧洲", "北美洲", "南美洲", "大洋洲", "非洲", "美洲"];

    private static readonly Regex FreeTradeZone = new(@"^中国\(([^)]{2,8})\)", RegexOptions.CultureInvariant);

    private readonly Gazetteer _gazetteer;
    private readonly int _nameCount;
    private readonly NameTrie _trie;
    /// <summary>The township names apart: 70,000 names make a trie ten times the size of the rest, walked only at the
    /// start of a text and where no county or city continues an address.</summary>
    private readonly NameTrie _townTrie;
    private readonly FrozenDictionary<int, Division> _oldCodes;
    private readonly int _maxNameLength;
    private readonly PlaceResolverOptions _options;
    private readonly FrozenDictionary<string, string> _english;

    /// <summary>Creates a resolver over a gazetteer, with <see cref="PlaceResolverOptions.Default"/>.</summary>
    /// <param name="gazetteer">The divisions and aliases to recognise.</param>
    public PlaceResolver(Gazetteer gazetteer)
        : this(gazetteer, PlaceResolverOptions.Default)
    {
    }

    /// <summary>Creates a resolver over a gazetteer.</summary>
    /// <param name="gazetteer">The divisions and aliases to recognise.</param>
    /// <param name="options">How uncertain readings are treated; <c>null</c> for <see cref="PlaceResolverOptions.Default"/>.</param>
    public PlaceResolver(Gazetteer gazetteer, PlaceResolverOptions? options)
    {
        _options = options ?? PlaceResolverOptions.Default;
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        var names = new Dictionary<string, List<NameEntry>>(StringComparer.Ordinal);

        void Add(string name, NameEntry entry)
        {
            if (name.Length < 2) return;
            if (!names.TryGetValue(name, out var list)) names[name] = list = [];
            if (!list.Exists(e => e.Target.Code == entry.Target.Code && e.Rank == entry.Rank && e.ContextCode == entry.ContextCode))
                list.Add(entry);
        }

        foreach (var d in gazetteer.Divisions)
        {
            var rank = RankOf(d);
            Add(d.Name, new NameEntry(d, gazetteer.NodeOf(d), rank, IsShort: false, IsAlias: false, ContextCode: 0, IsBare: false));
            foreach (var s in ShortForms(d))
                Add(s, new NameEntry(d, gazetteer.NodeOf(d), rank, IsShort: true, IsAlias: false, ContextCode: 0, IsBare: BelowProvince(d)));
        }

        // Autonomous counties and banners written without their peoples: 寻甸回族彝族自治县 → 寻甸县, 寻甸.
        foreach (var d in gazetteer.Divisions)
        {
            if (d.Level != DivisionLevel.County || AutonomousStem(d.Name) is not { } stem) continue;
            var unit = d.Name.EndsWith("旗", StringComparison.Ordinal) ? "旗" : "县";
            Add(stem + unit, new NameEntry(d, gazetteer.NodeOf(d), RankCounty, IsShort: false, IsAlias: true, ContextCode: 0, IsBare: false));
            Add(stem, new NameEntry(d, gazetteer.NodeOf(d), RankCounty, IsShort: true, IsAlias: true, ContextCode: 0, IsBare: true));
        }

        var old = new Dictionary<int, Division>();
        foreach (var a in gazetteer.Aliases)
        {
            if (!gazetteer.TryGet(a.Code, out var target)) continue;
            var contextRank = a.ContextCode is int c && gazetteer.TryGet(c, out var ctx) ? RankOf(ctx) : 0;
            var rank = Math.Max(RankOf(target), contextRank + 1);
            var bare = BelowProvince(target) && !NameSuffixes.Contains(a.Name[^1], StringComparison.Ordinal);
            Add(a.Name, new NameEntry(target, gazetteer.NodeOf(target), Math.Min(rank, RankCounty), IsShort: false, IsAlias: true, ContextCode: a.ContextCode ?? 0, IsBare: bare));
            if (a.OldCode is int oc) old.TryAdd(oc, target);
        }

        // Townships (镇, 乡, 街道 …): their full names, and short forms without the unit (磁灶 of 磁灶镇), read below a
        // county, a city or a province, or alone at the start when every township of that name lies in one node. A short
        // form that is already the name of a county, city or province (北京 of 北京街道, 浦东 of 浦东街道) is not added.
        var higher = new HashSet<string>(names.Keys, StringComparer.Ordinal);
        foreach (var t in gazetteer.Townships)
        {
            var node = gazetteer.NodeOf(t);
            Add(t.Name, new NameEntry(t, node, RankTownship, IsShort: false, IsAlias: false, ContextCode: 0, IsBare: false));
            if (TownshipShortForm(t.Name) is { } shortName && !higher.Contains(shortName))
                Add(shortName, new NameEntry(t, node, RankTownship, IsShort: true, IsAlias: false, ContextCode: 0, IsBare: true));
        }

        // English names of the SARs and Taiwan (matched case-insensitively: the input's ASCII is upper-cased).
        foreach (var (en, code) in new[] { ("HONG KONG", 810000), ("HONGKONG", 810000), ("HK", 810000), ("MACAO", 820000), ("MACAU", 820000), ("TAIWAN", 710000) })
            if (gazetteer.TryGet(code, out var d))
                Add(en, new NameEntry(d, gazetteer.NodeOf(d), RankCity, IsShort: false, IsAlias: true, ContextCode: 0, IsBare: false));
        _english = EnglishNames.Table(gazetteer);

        var mutable = names.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _nameCount = mutable.Count;
        // At most 63 characters: the search collects a text's prefix names in a stack buffer of 64.
        _maxNameLength = Math.Min(63, mutable.Keys.Max(k => k.Length));
        var usable = mutable.Where(kv => kv.Key.Length <= 63).ToList();
        _trie = new NameTrie(usable
            .Select(kv => KeyValuePair.Create(kv.Key, Array.FindAll(kv.Value, e => e.Rank != RankTownship)))
            .Where(kv => kv.Value.Length > 0));
        // Township entries in code order: a county's, a city's or a province's townships are one run of each array.
        _townTrie = new NameTrie(usable
            .Select(kv => KeyValuePair.Create(kv.Key, Array.FindAll(kv.Value, e => e.Rank == RankTownship).OrderBy(e => e.Target.Code).ToArray()))
            .Where(kv => kv.Value.Length > 0));
        _oldCodes = old.ToFrozenDictionary();
    }

    /// <summary>A resolver over the same gazetteer and names with other options (the name tables are shared, not rebuilt).</summary>
    private PlaceResolver(PlaceResolver other, PlaceResolverOptions options)
    {
        _gazetteer = other._gazetteer;
        _nameCount = other._nameCount;
        _trie = other._trie;
        _townTrie = other._townTrie;
        _oldCodes = other._oldCodes;
        _maxNameLength = other._maxNameLength;
        _english = other._english;
        _options = options;
    }

    /// <summary>A resolver over <see cref="Gazetteer.Default"/>.</summary>
    public static PlaceResolver Default => DefaultInstance.Value;

    /// <summary>The gazetteer this resolver reads.</summary>
    public Gazetteer Gazetteer => _gazetteer;

    /// <summary>Number of distinct names (official, short and alias) the resolver recognises.</summary>
    public int NameCount => _nameCount;

    /// <summary>The options this resolver applies.</summary>
    public PlaceResolverOptions Options => _options;

    /// <summary>
    /// This resolver with other options, e.g. <c>PlaceResolver.Default.WithOptions(new() { AcceptShortNamePrefixes = true })</c>.
    /// The gazetteer and its name tables are shared, so this is cheap.
    /// </summary>
    /// <param name="options">The options of the new resolver.</param>
    /// <returns>A resolver over the same gazetteer; this one when the options are equal.</returns>
    public PlaceResolver WithOptions(PlaceResolverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options == _options ? this : new PlaceResolver(this, options);
    }

    /// <summary>Resolves a place text (name or address) to a network node.</summary>
    /// <param name="text">The place text, e.g. <c>浙江省宁波市北仑区</c>, <c>广东-深圳</c>, <c>昆山</c>.</param>
    /// <returns>The resolution; never <c>null</c>.</returns>
    public PlaceResolution Resolve(string? text)
    {
        var input = text ?? "";
        var normal = Normalize(input);
        if (normal.Length == 0)
            return PlaceResolution.Fail(input, ResolutionFailure.Empty, "the place is empty");
        if (EnglishNames.IsLatin(normal) && EnglishNames.ToChinese(normal, _english) is { } chinese)
            normal = chinese;

        // One search object per thread, reused (Resolve does not call itself): no allocation per text but the answer.
        var best = t_search ??= new Search();
        best.Reset(this, normal, _options.AcceptShortNamePrefixes);
        best.Run(0, null, 0, 0, false, 0, 0, 0);
        // A label before a colon (集团总部：浙江省温岭市…, 第一办公区：北京市…): the address after it is read too, and the
        // longer reading wins (北京:朝阳区 is still read from the start).
        if (normal.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 and <= 12)
            best.Run(colon + 1, null, 0, 0, false, 0, 0, 0);
        if (best.BestConsumed == 0 && best.RunOn is { } runOn)
            return Uncertain(input, normal, runOn, runsOn: true);
        if (best.BestConsumed == 0)
        {
            if (ForeignCountry(normal) is { } country)
                return PlaceResolution.Fail(input, ResolutionFailure.Foreign, $"a place outside China ({country})");
            return PlaceResolution.Fail(input, ResolutionFailure.Unknown, "no administrative name recognised at the start of the text");
        }

        // A county-level short name (朝阳 of 朝阳区, 西安 of 西安区) is a fallback: when it ties with any other reading
        // (the city 朝阳市, 西安市), the other reading wins.
        // A township reading is a fallback too: a county, city or province read as far wins over it.
        var ends = best.Ends;
        if (ends.Count > 1)
        {
            if (ends.Exists(e => !IsFallback(e.Last)) && ends.Exists(e => IsFallback(e.Last)))
                ends = ends.FindAll(e => !IsFallback(e.Last));
            if (ends.Exists(e => !IsTownship(e.Last)) && ends.Exists(e => IsTownship(e.Last)))
                ends = ends.FindAll(e => !IsTownship(e.Last));
            var outcomes = ends.GroupBy(e => e.Last.Node?.Code ?? -e.Last.Target.ProvinceCode).ToList();
            if (outcomes.Count > 1)
            {
                var candidates = outcomes.Select(g => g.First().Last.Node ?? g.First().Last.Target).OrderBy(d => d.Code).ToList();
                var shown = string.Join(" or ", candidates.Take(6).Select(c => $"{c.Name} {c.Code}"));
                if (candidates.Count > 6) shown += $" … ({candidates.Count} in all)";
                var named = ends[0].Last.Rank == RankTownship ? $"the township name {normal.Substring(ends[0].Start, ends[0].Length)}: " : "";
                return PlaceResolution.Fail(input, ResolutionFailure.Ambiguous, named + "could be " + shown, candidates);
            }
        }

        var end = ends[0];
        if (end.Last.Node is null)
            return PlaceResolution.Fail(input, ResolutionFailure.ProvinceOnly, $"only the province {end.Last.Target.Name} is named, not a city");
        // A township's short name is never taken on its own word (AcceptShortNamePrefixes is about the short names of
        // counties and cities): it is unknown unless an address follows.
        var townshipOnly = ends.TrueForAll(e => e.Last.Rank == RankTownship);
        if ((!_options.AcceptShortNamePrefixes || townshipOnly) && ends.TrueForAll(e => e.Tokens == 1 && e.Last.IsBare)
            && !ContinuesAddress(normal, end.Rest, end.Last.Rank == RankTownship ? end.Length : 0))
            return Uncertain(input, normal, end);
        var method = end.UsedAlias ? ResolutionMethod.Alias : end.Tokens > 1 ? ResolutionMethod.Address : ResolutionMethod.Name;
        return new PlaceResolution(input, end.Last.Node, end.Last.Target, method, ResolutionFailure.None, "", []);
    }

    /// <summary>
    /// Resolves an 18-character unified social credit code (统一社会信用代码, GB 32100-2015) through its characters 3–8,
    /// the division code of the registering authority. The check digit is verified. Historical codes (莱芜 3712xx)
    /// resolve through <see cref="Gazetteer.Aliases"/>; a code that names only a province (9144 0000…) is
    /// <see cref="ResolutionFailure.ProvinceOnly"/>.
    /// </summary>
    /// <param name="creditCode">The credit code.</param>
    /// <returns>The resolution.</returns>
    public PlaceResolution ResolveCreditCode(string? creditCode)
    {
        var input = creditCode ?? "";
        var code = input.Trim().ToUpperInvariant();
        if (code.Length == 0)
            return PlaceResolution.Fail(input, ResolutionFailure.Empty, "the credit code is empty");
        if (code.Length != 18)
            return PlaceResolution.Fail(input, ResolutionFailure.InvalidCreditCode, $"a credit code has 18 characters, this one has {code.Length}");
        if (!CreditCodeCheckDigitValid(code, out var why))
            return PlaceResolution.Fail(input, ResolutionFailure.InvalidCreditCode, why);
        if (!int.TryParse(code.AsSpan(2, 6), NumberStyles.None, CultureInfo.InvariantCulture, out var division))
            return PlaceResolution.Fail(input, ResolutionFailure.InvalidCreditCode, $"characters 3–8 '{code.Substring(2, 6)}' are not a division code");

        Division? matched = null;
        if (_gazetteer.TryGet(division, out var d)) matched = d;
        else if (_oldCodes.TryGetValue(division, out var renamed)) matched = renamed;
        else if (_gazetteer.TryGet(division / 100 * 100, out var pref) && pref.IsNode) matched = pref;
        else if (_oldCodes.TryGetValue(division / 100 * 100, out var oldPref)) matched = oldPref;
        else if (_gazetteer.TryGet(division / 10000 * 10000, out var prov) && prov.IsNode && division % 10000 / 100 is 1 or 2)
            matched = prov; // a municipality's district (1101xx, 5002xx) that no longer exists

        if (matched is null)
            return PlaceResolution.Fail(input, ResolutionFailure.InvalidCreditCode, $"division code {division:D6} in the credit code is unknown");
        var node = _gazetteer.NodeOf(matched);
        if (node is null)
            return PlaceResolution.Fail(input, ResolutionFailure.ProvinceOnly, $"the credit code names only the province {matched.Name} ({division:D6})");
        return new PlaceResolution(input, node, matched, ResolutionMethod.CreditCode, ResolutionFailure.None, $"from credit code division {division:D6}", []);
    }

    /// <summary>
    /// Resolves a place text and, when that fails, falls back to a unified social credit code.
    /// </summary>
    /// <param name="text">The place text (may be empty).</param>
    /// <param name="creditCode">The credit code (may be empty).</param>
    /// <returns>The place's resolution when it succeeds; else the credit code's when that succeeds; else the place's failure
    /// (or the code's, when there is no place text), with both reasons in <see cref="PlaceResolution.Reason"/>.</returns>
    public PlaceResolution Resolve(string? text, string? creditCode)
    {
        var place = Resolve(text);
        if (place.IsResolved || string.IsNullOrWhiteSpace(creditCode)) return place;
        var byCode = ResolveCreditCode(creditCode);
        if (byCode.IsResolved) return byCode;
        if (place.Failure == ResolutionFailure.Empty) return byCode;
        return place with { Reason = $"{place.Reason}; credit code: {byCode.Reason}" };
    }

    /// <summary>Verifies the GB 32100-2015 check digit of an 18-character credit code (upper case).</summary>
    internal static bool CreditCodeCheckDigitValid(string code, out string reason)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        ReadOnlySpan<int> weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (v < 0) { reason = $"character {i + 1} '{code[i]}' is not allowed in a credit code"; return false; }
            sum += v * weights[i];
        }
        var expected = (31 - sum % 31) % 31;
        var actual = alphabet.IndexOf(code[17], StringComparison.Ordinal);
        if (actual != expected)
        {
            reason = $"check digit '{code[17]}' does not match (expected '{alphabet[expected]}')";
            return false;
        }
        reason = "";
        return true;
    }

    /// <summary>
    /// Whether the text after a short name continues an address (see the class remarks): it is empty, or starts with a
    /// digit, with a name this resolver knows, or with a word of one to six Chinese characters that ends in an address
    /// unit (镇 乡 村 路 街 大道 巷 弄 区 园).
    /// </summary>
    private bool ContinuesAddress(string text, int rest, int townshipShortLength)
    {
        var township = townshipShortLength > 0;
        // A two-character township short name alone is a word as often as a place (火星 of 火星乡).
        if (rest >= text.Length) return townshipShortLength is 0 or >= 3;
        // After a township's short name only the township's unit under its former name (小越镇 for 小越街道), its industrial
        // zone (磁灶工业区) or a village (磁灶大埔村) continues: a house number, a zone, a road or a district is as likely to be named after it anywhere
        // else (古北1699, 空港经济区, 淮海西路; see RunsOn), and a larger unit after it (山市南海区) means the text does
        // not start with a place.
        if (township)
        {
            if (text[rest] is '镇' or '乡') return true;
            if (text.AsSpan(rest).StartsWith("工业", StringComparison.Ordinal)) return true;   // 磁灶工业区
            for (var i = rest + 1; i < text.Length && i <= rest + 4; i++)
            {
                if (!IsIdeograph(text[i - 1])) return false;
                if (text[i] == '村') return true;
            }
            return false;
        }
        if (char.IsAsciiDigit(text[rest])) return true;
        // A development zone's words after a zone's short name (松山湖高新技术产业开发区).
        foreach (var zone in ZoneWords)
            if (text.AsSpan(rest).StartsWith(zone, StringComparison.Ordinal)) return true;
        Span<int> found = stackalloc int[64];
        var n = _trie.Prefixes(text.AsSpan(rest, Math.Min(_maxNameLength, text.Length - rest)), found);
        // A following name counts unless it is only a township's short form (中心 of 中心乡: 30,000 of them cover
        // most two-character words).
        for (var f = 0; f < n; f++)
            foreach (var e in _trie.Entries(NameTrie.NodeOf(found[f])))
                if (!(e.IsShort && e.Rank == RankTownship)) return true;
        for (var i = rest + 1; i < text.Length && i <= rest + 6; i++)
        {
            if (!IsIdeograph(text[i - 1])) return false;
            if (AddressUnitChars.Contains(text[i])) return true;
            if (text[i] == '大' && i + 1 < text.Length && text[i + 1] == '道') return true;
        }
        return false;
    }

    private static readonly string[] ZoneWords = ["高新", "经济", "开发区", "工业", "科技园", "保税"];

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>The <see cref="ResolutionFailure.Uncertain"/> answer for a text that rests on the short name of <paramref name="end"/>;
    /// <paramref name="runsOn"/>: the name is the start of a road, market or town name (中山北路, 东方市场, 开原乡).</summary>
    private static PlaceResolution Uncertain(string input, string normal, SearchEnd end, bool runsOn = false)
    {
        var e = end.Last;
        if (e.Rank == RankTownship)
        {
            // 30,000 township short names cover most two-character words: one that starts a text and is not followed by
            // an address makes the text unknown, not a candidate place (火星市, 伶俐街).
            var word = normal.Substring(end.Start, end.Length);
            return PlaceResolution.Fail(input, ResolutionFailure.Unknown,
                $"no administrative name recognised at the start of the text ({word} is the short name of the township {e.Target.Name} " +
                $"of {e.Node?.Name}, but what follows does not continue an address)");
        }
        var node = e.Node!;
        var name = normal.Substring(end.Start, end.Length);
        var rest = normal.AsSpan(runsOn ? end.Start + end.Length : end.Rest);
        var shown = rest.Length > 8 ? string.Concat(rest[..8], "…") : rest.ToString();
        var of = e.Target.Code == node.Code ? $"{node.Name} {node.Code}" : $"{e.Target.Name}, {node.Name} {node.Code}";
        var why = runsOn
            ? $"starts with the name {name} ({of}) as the start of a longer name \"{name}{shown}\" (a road, market, town or village): not taken as a place "
            : $"starts with the short name {name} ({of}), then \"{shown}\", which does not continue an address: not taken as a place ";
        return new PlaceResolution(input, null, e.Target, ResolutionMethod.None, ResolutionFailure.Uncertain,
            why + "(accept such names with AcceptShortNamePrefixes; capnet: --accept-short-name-prefix)",
            [node]);
    }

    /// <summary>Below the level of a province, municipality or SAR: a prefecture, a directly administered county or a county-level unit.</summary>
    private static bool BelowProvince(Division d) => d.Level is DivisionLevel.Prefecture or DivisionLevel.DirectCounty or DivisionLevel.County or DivisionLevel.Zone;

    /// <summary>A reading that yields to any other of the same length: a county's or township's short name.</summary>
    private static bool IsFallback(NameEntry e) => e.IsShort && e.Rank >= RankCounty;

    private static bool IsTownship(NameEntry e) => e.Rank == RankTownship;

    /// <summary>Length of a township's short form (see <see cref="TownshipShortForm"/>), without allocating.</summary>
    private static int ShortLength(string name) =>
        name.EndsWith("街道", StringComparison.Ordinal) || name.EndsWith("地区", StringComparison.Ordinal) || name.EndsWith("苏木", StringComparison.Ordinal)
            ? name.Length - 2 : name.Length - 1;

    /// <summary>
    /// Whether a name that ends at <paramref name="next"/> is only the start of a longer name: of a road (中山北路, 金沙江路:
    /// one character then 路 街 巷 弄; 大道, 大街), of a town or village named like the place (玉山镇, 开原乡, 兴隆村), or of a
    /// market or square (东方市场: a name ending in 市 before 场; 中山商场, 中山广场). Applied to short names and to full names
    /// ending in 市 (市场); see the class remarks.
    /// </summary>
    private static bool RunsOn(in NameEntry e, char lastOfName, int tokens, string text, int next)
    {
        if (next >= text.Length || e.Node is null) return false;   // a province's name: the chain ends before it anyway
        var c = text[next];
        if (lastOfName == '市' && c == '场') return true;
        if (!e.IsShort && !e.IsBare) return false;
        if (e.Rank == RankTownship)
        {
            // 崇贤镇 for 崇贤街道 is the same township under its former unit. Inside a county or city already read, a road
            // named after one of its townships is that township's road (朝阳区建外大街).
            if (c is '镇' or '乡' or '村' || tokens > 1) return false;
        }
        else if (c is '镇' or '乡' or '村') return true;
        // Roads are named after cities, counties and towns everywhere (中山北路, 金沙江路, 平安大道, 淮海西路 and 莫干山路
        // far from 莫干山镇), so a road's name is never read as its place.
        if (RoadMarkerChars.Contains(c)) return true;
        if (next + 1 >= text.Length) return false;
        var c2 = text[next + 1];
        if (c2 == '场' && c is '市' or '商' or '广') return true;
        if (c == '大' && c2 is '道' or '街') return true;
        return IsIdeograph(c) && !AddressUnitChars.Contains(c) && c2 is '路' or '街' or '巷' or '弄';
    }

    /// <summary>The stem of an autonomous county or banner named after its peoples (寻甸 of 寻甸回族彝族自治县, 门源 of
    /// 门源回族自治县, 澜沧 of 澜沧拉祜族自治县), at least two characters; or <c>null</c>.</summary>
    internal static string? AutonomousStem(string name)
    {
        if (!name.EndsWith("自治县", StringComparison.Ordinal) && !name.EndsWith("自治旗", StringComparison.Ordinal)) return null;
        for (var i = 2; i < name.Length - 3; i++)
            foreach (var people in Peoples)
                if (string.CompareOrdinal(name, i, people, 0, people.Length) == 0) return name[..i];
        return null;
    }

    /// <summary>The 55 minority peoples of China as written in division names (GB 3304-91 names without 族).</summary>
    private static readonly string[] Peoples =
    [
        "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族",
        "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族",
        "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
        "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族",
        "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族", "各族",
    ];

    /// <summary>A township's name without its unit (磁灶 of 磁灶镇, 望京 of 望京街道), at least two characters; <c>null</c> for
    /// farms, for names that would leave one character and for 街道 named after a road (中山路街道).</summary>
    private static string? TownshipShortForm(string name)
    {
        foreach (var unit in (ReadOnlySpan<string>)["街道", "地区", "苏木", "镇", "乡"])
        {
            if (!name.EndsWith(unit, StringComparison.Ordinal)) continue;
            var stem = name[..^unit.Length];
            // 中山路街道 → 中山路 and 金顶街街道 → 金顶街 would be roads' names (厚街镇 → 厚街 is kept); 开发区街道 → 开发区 and
            // 科技园街道 → 科技园 are words of any address; 民族乡 → 民族 is no name.
            var last = stem.Length >= 2 ? stem[^1] : '\0';
            var road = last is '路' or '道' or '巷' or '弄' || (last == '街' && unit == "街道");
            return stem.Length >= 2 && !road && last is not ('区' or '园') && !stem.EndsWith("民族", StringComparison.Ordinal) ? stem : null;
        }
        return null;
    }

    private static int RankOf(Division d) => d.Level switch
    {
        DivisionLevel.Province when d.IsNode => RankCity, // Taiwan: province-level and a node
        DivisionLevel.Province => RankProvince,
        DivisionLevel.Municipality or DivisionLevel.SpecialAdministrativeRegion or DivisionLevel.Prefecture or DivisionLevel.DirectCounty => RankCity,
        _ => RankCounty,
    };

    private static IEnumerable<string> ShortForms(Division d)
    {
        string[] suffixes = d.Level switch
        {
            DivisionLevel.Province or DivisionLevel.Municipality or DivisionLevel.SpecialAdministrativeRegion =>
                ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"],
            DivisionLevel.Prefecture => ["地区", "市"],
            DivisionLevel.DirectCounty or DivisionLevel.County => ["市", "区", "县"],
            _ => [],
        };
        foreach (var s in suffixes)
        {
            if (d.Name.EndsWith(s, StringComparison.Ordinal) && d.Name.Length - s.Length >= 2)
            {
                var shortName = d.Name[..^s.Length];
                // "XX自治县" → "XX自治" is not a name people write.
                if (!shortName.EndsWith("自治", StringComparison.Ordinal)) yield return shortName;
                yield break;
            }
        }
    }

    /// <summary>NFKC, upper-case ASCII, free-trade-zone unwrapping; separators are kept (the search skips them).</summary>
    internal static string Normalize(string text)
    {
        if (IsPlain(text)) return text;
        if (TryNormalizeSimple(text) is { } simple) return simple;
        return NormalizeGeneral(text);
    }

    /// <summary>The general path of <see cref="Normalize"/> (ICU's NFKC, then the mapping): what the fast paths must equal.</summary>
    internal static string NormalizeGeneral(string text)
    {
        var s = SafeText.NormalizeKC(text);
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (char.IsControl(ch) || ch == '\uFEFF') continue;
            var simple = TraditionalChinese.Simplify(ch);
            sb.Append(simple != 0 ? simple : ch is >= 'a' and <= 'z' ? (char)(ch - 32) : char.IsWhiteSpace(ch) ? ' ' : ch);
        }
        var t = JoinIdeographs(sb.ToString().Trim());
        var m = FreeTradeZone.Match(t);
        if (m.Success) t = m.Groups[1].Value + "-" + t[m.Length..];
        return t;
    }

    /// <summary>
    /// The normal form of a text made only of printable ASCII, CJK unified ideographs (U+4E00–U+9FFF), full-width ASCII
    /// forms (U+FF01–U+FF5E, as in <c>（有限合伙）</c>) and the ideographic space, or <c>null</c> for any other text. For
    /// such a text NFKC is a per-character mapping (full-width form → its ASCII character, ideographic space → space; no
    /// composition applies to these characters), so the result is what <see cref="Normalize"/>'s general path gives,
    /// without ICU: mapped, ASCII letters upper-cased, trimmed of spaces, free-trade-zone form unwrapped.
    /// </summary>
    private static string? TryNormalizeSimple(string text)
    {
        foreach (var c in text)
            if (c is not (>= ' ' and <= '~' or >= '\u4E00' and <= '\u9FFF' or >= '\uFF01' and <= '\uFF5E' or '\u3000')) return null;
        var t = string.Create(text.Length, text, static (dst, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var c = src[i];
                if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
                else if (c == '\u3000') c = ' ';
                else if (TraditionalChinese.Simplify(c) is var simple && simple != 0) c = simple;
                dst[i] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
            }
        }).Trim(' ');
        t = JoinIdeographs(t);
        if (t.StartsWith("中国(", StringComparison.Ordinal))
        {
            var m = FreeTradeZone.Match(t);
            if (m.Success) t = m.Groups[1].Value + "-" + t[m.Length..];
        }
        return t;
    }

    /// <summary>True when normalisation would not change the text: CJK ideographs, ASCII digits, upper-case letters and
    /// hyphens only, no surrounding blanks, and no free-trade-zone prefix (the common case, checked without allocating).</summary>
    private static bool IsPlain(string text)
    {
        if (text.Length == 0 || text.StartsWith("中国", StringComparison.Ordinal)) return false;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF' ? TraditionalChinese.Simplify(c) == 0 : c is >= '0' and <= '9' or >= 'A' and <= 'Z' or '-') continue;
            return false;
        }
        return true;
    }

    /// <summary>Drops the blanks between two Chinese characters (景 县 → 景县, 上海 浦东 → 上海浦东): a stray space inside a
    /// name must not cut it, and between two names the search needs no separator.</summary>
    private static string JoinIdeographs(string t)
    {
        if (!t.Contains(' ', StringComparison.Ordinal)) return t;
        var sb = new StringBuilder(t.Length);
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == ' ' && sb.Length > 0 && IsIdeograph(sb[^1]))
            {
                var j = i;
                while (j < t.Length && t[j] == ' ') j++;
                if (j < t.Length && IsIdeograph(t[j])) { i = j - 1; continue; }
            }
            sb.Append(t[i]);
        }
        return sb.ToString();
    }

    private static string? ForeignCountry(string normal)
    {
        var t = normal.AsSpan().TrimStart(Separators);
        foreach (var c in Continents)
            if (t.StartsWith(c, StringComparison.Ordinal)) { t = t[c.Length..].TrimStart(Separators); break; }
        foreach (var (word, country) in ForeignWords)
            if (t.StartsWith(word, StringComparison.Ordinal)) return country;
        return null;
    }

    private bool Inside(in NameEntry candidate, in NameEntry previous)
    {
        if (candidate.Rank <= previous.Rank) return false;
        if (candidate.IsAlias && candidate.ContextCode != 0)
        {
            var ctx = candidate.ContextCode;
            if (ctx == previous.Code) return true;
            if (previous.Rank == RankProvince) return ctx / 10000 == previous.ProvinceCode / 10000;
            return _gazetteer.TryGet(ctx, out var cd) && cd.NodeCode == previous.Target.NodeCode;
        }
        // A two-character township short name right after a province is too weak a reading (河北大街: 大街乡): it needs a
        // city or county before it.
        if (previous.Rank == RankProvince && candidate.Rank == RankTownship && candidate.IsShort && candidate.ShortNameLength <= 2)
            return false;
        if (previous.Rank == RankProvince) return candidate.ProvinceCode == previous.ProvinceCode;
        if (candidate.Rank == RankTownship && previous.IsCountyOrZone) return candidate.Code / 1000 == previous.Code;
        return candidate.NodeCode == previous.NodeCode && candidate.NodeCode != 0;
    }

    /// <summary>One reading of a name. <paramref name="IsBare"/>: a short name below province level (a division's short form
    /// or an alias without a suffix), which alone at the start of a longer text must be followed by an address.</summary>
    /// <remarks>The codes the search compares (<see cref="Code"/>, <see cref="ProvinceCode"/>, <see cref="NodeCode"/>) are
    /// copies of the target's, kept in the entry so that the search reads them from the entry array it walks instead of
    /// from a <see cref="Division"/> object elsewhere in memory (a cache miss each).</remarks>
    private readonly record struct NameEntry(Division Target, Division? Node, int Rank, bool IsShort, bool IsAlias, int ContextCode, bool IsBare)
    {
        /// <summary>The target's code.</summary>
        public int Code { get; } = Target.Code;

        /// <summary>The target's province code.</summary>
        public int ProvinceCode { get; } = Target.ProvinceCode;

        /// <summary>The target's node code, 0 when it has none (a province).</summary>
        public int NodeCode { get; } = Target.NodeCode ?? 0;

        /// <summary>Whether the target is a county or a zone.</summary>
        public bool IsCountyOrZone { get; } = Target.Level is DivisionLevel.County or DivisionLevel.Zone;

        /// <summary>The length of the target's name without its unit (<see cref="ShortLength"/>).</summary>
        public int ShortNameLength { get; } = ShortLength(Target.Name);
    }

    /// <summary>The end of a chain: its last token (at <paramref name="Start"/>, <paramref name="Length"/> characters) and
    /// where the unread rest of the text starts (<paramref name="Rest"/>, after separators and skipped words).</summary>
    private readonly record struct SearchEnd(NameEntry Last, int Tokens, bool UsedAlias, int Start, int Length, int Rest);

    /// <summary>
    /// The recognised names as a trie over UTF-16 code units: the names that start a text are found in one walk from
    /// the root, one step per character, stopping at the first character no name continues with (in an address that is
    /// after two or three characters). The root's children sit in a table indexed by the character; the other nodes in
    /// one array in breadth-first order, where the children of a node are consecutive and sorted by character, so a step
    /// reads the few children of one node side by side instead of probing a hash table. Immutable after construction.
    /// </summary>
    private sealed class NameTrie
    {
        private const uint Terminal = 1u << 31;
        private readonly int[] _rootChild = new int[char.MaxValue + 1];   // 0 = none (the root is never a child)
        private readonly Node[] _nodes;
        private readonly NameEntry[]?[] _entries;

        public NameTrie(IEnumerable<KeyValuePair<string, NameEntry[]>> names)
        {
            List<Dictionary<char, int>?> children = [null];
            List<NameEntry[]?> entriesOf = [null];
            foreach (var (name, entries) in names)
            {
                var node = 0;
                for (var i = 0; i < name.Length; i++)
                {
                    var kids = children[node] ??= [];
                    if (!kids.TryGetValue(name[i], out var child))
                    {
                        kids[name[i]] = child = entriesOf.Count;
                        children.Add(null);
                        entriesOf.Add(null);
                    }
                    node = child;
                }
                entriesOf[node] = entries;
            }
            var count = entriesOf.Count;
            if (count >= 1 << 25) throw new InvalidOperationException("The trie has more than 2²⁵ nodes.");   // found names pack node × 64
            _nodes = new Node[count];
            _entries = new NameEntry[]?[count];
            var order = new int[count];
            var next = 1;
            for (var head = 0; head < next; head++)
            {
                var old = order[head];
                var first = next;
                if (children[old] is { } kids)
                {
                    foreach (var (c, child) in kids.OrderBy(kv => kv.Key))
                    {
                        order[next] = child;
                        _nodes[next].C = c;
                        if (head == 0) _rootChild[c] = next;
                        next++;
                    }
                }
                if (next - first > ushort.MaxValue) throw new InvalidOperationException("A trie node has more than 65,535 children.");
                _nodes[head].Count = (ushort)(next - first);
                _nodes[head].Info = (uint)first | (entriesOf[old] is null ? 0 : Terminal);
                _entries[head] = entriesOf[old];
            }
        }

        /// <summary>The names that are prefixes of <paramref name="text"/> (at most 63 characters), shortest first, each as
        /// its node × 64 + its length (<see cref="NodeOf"/>, <see cref="LengthOf"/>).</summary>
        public int Prefixes(ReadOnlySpan<char> text, Span<int> found)
        {
            if (text.IsEmpty) return 0;
            var count = 0;
            var nodes = _nodes;
            var node = _rootChild[text[0]];
            for (var k = 1; node != 0; k++)
            {
                var info = nodes[node].Info;
                if ((info & Terminal) != 0 && count < found.Length) found[count++] = node << 6 | k;
                if (k == text.Length) break;
                node = Child(nodes, (int)(info & ~Terminal), nodes[node].Count, text[k]);
            }
            return count;
        }

        /// <summary>The node of a name <see cref="Prefixes"/> found.</summary>
        public static int NodeOf(int found) => found >> 6;

        /// <summary>The length of a name <see cref="Prefixes"/> found.</summary>
        public static int LengthOf(int found) => found & 63;

        /// <summary>The entries of the name that ends at <paramref name="node"/>.</summary>
        public NameEntry[] Entries(int node) => _entries[node]!;

        /// <summary>The child reached by <paramref name="c"/> among a node's <paramref name="count"/> children from
        /// <paramref name="first"/> (sorted by character: scanned up to 8, else bisected), or 0.</summary>
        private static int Child(Node[] nodes, int first, int count, char c)
        {
            if (count <= 8)
            {
                for (var i = first; i < first + count; i++)
                {
                    var k = nodes[i].C;
                    if (k == c) return i;
                    if (k > c) return 0;
                }
                return 0;
            }
            int lo = first, hi = first + count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var k = nodes[mid].C;
                if (k == c) return mid;
                if (k < c) lo = mid + 1; else hi = mid - 1;
            }
            return 0;
        }

        /// <summary>One node in 8 bytes: the character of the edge into it, its number of children, and the index of its
        /// first child with <see cref="Terminal"/> set when a name ends at the node.</summary>
        private struct Node
        {
            public char C;
            public ushort Count;
            public uint Info;
        }
    }

    /// <summary>Depth-first search over token chains; keeps the chains that read the most characters.</summary>
    [ThreadStatic]
    private static Search? t_search;

    private sealed class Search
    {
        private PlaceResolver owner = null!;
        private string text = "";

        private bool acceptRunOn;

        public int BestConsumed { get; private set; }
        public List<SearchEnd> Ends { get; } = [];

        /// <summary>The first single-token reading turned down because the name starts a longer name (中山北路), or <c>null</c>.</summary>
        public SearchEnd? RunOn { get; private set; }

        /// <summary>Starts a new search of <paramref name="normal"/>.</summary>
        public void Reset(PlaceResolver resolver, string normal, bool acceptShortNamePrefixes)
        {
            owner = resolver;
            text = normal;
            acceptRunOn = acceptShortNamePrefixes;
            BestConsumed = 0;
            RunOn = null;
            Ends.Clear();
        }

        /// <summary>Explores the chains that continue at <paramref name="pos"/>; false when the chain ending in
        /// <paramref name="previous"/> is turned down (its last name only starts a longer name and nothing continues it).</summary>
        public bool Run(int pos, NameEntry? previous, int consumed, int tokens, bool usedAlias, int depth, int lastStart, int lastLength)
        {
            var tokenEnd = pos;
            pos = Skip(pos, previous is null);
            var any = false;
            Span<int> seen = stackalloc int[16];
            var seenCount = 0;
            // Nothing lies inside a township: the chain ends there without another look-up.
            if (depth < 5 && previous is not { Rank: RankTownship })
            {
                var explored = false;
                any |= Explore(owner._trie, pos, previous, consumed, tokens, usedAlias, depth, seen, ref seenCount, ref explored);
                // Townships: at the start, and where no county or city continues the chain (苏州黎里镇, 朝阳区建外).
                if (previous is null || !explored)
                    any |= Explore(owner._townTrie, pos, previous, consumed, tokens, usedAlias, depth, seen, ref seenCount, ref explored);
            }
            if (any) return true;
            if (previous is not { } last) return false;
            if ((!acceptRunOn || last.Rank == RankTownship) && RunsOn(last, text[lastStart + lastLength - 1], tokens, text, tokenEnd))
            {
                if (tokens == 1 && RunOn is null) RunOn = new SearchEnd(last, tokens, usedAlias, lastStart, lastLength, pos);
                return false;
            }
            if (consumed > BestConsumed) { BestConsumed = consumed; Ends.Clear(); }
            if (consumed == BestConsumed) Ends.Add(new SearchEnd(last, tokens, usedAlias, lastStart, lastLength, pos));
            return true;
        }

        /// <summary>Explores every name of <paramref name="trie"/> that starts at <paramref name="pos"/> and lies inside
        /// <paramref name="previous"/>, longest first; true when one of them ends a chain that is kept.</summary>
        private bool Explore(NameTrie trie, int pos, NameEntry? previous, int consumed, int tokens, bool usedAlias, int depth,
            Span<int> seen, ref int seenCount, ref bool explored)
        {
            var max = Math.Min(owner._maxNameLength, text.Length - pos);
            if (max <= 0) return false;
            var any = false;
            // Every name that starts the rest of the text, found in one walk down the trie; read longest first.
            Span<int> found = stackalloc int[64];
            var foundCount = trie.Prefixes(text.AsSpan(pos, max), found);
            var townships = trie == owner._townTrie;
            for (var f = foundCount - 1; f >= 0; f--)
            {
                var node = NameTrie.NodeOf(found[f]);
                var len = NameTrie.LengthOf(found[f]);
                ReadOnlySpan<NameEntry> entries = trie.Entries(node);
                if (townships && previous is { } inside) entries = Within(entries, inside.Code);
                foreach (var e in entries)
                {
                    if (previous is { } prev && !owner.Inside(e, prev)) continue;
                    // A longer name of the same division already matched here (宁波市 before 宁波): the shorter reading
                    // cannot read further, so it is not explored.
                    if (Seen(seen, seenCount, e.Code)) continue;
                    if (seenCount < seen.Length) seen[seenCount++] = e.Code;
                    var next = pos + len;
                    if (e.IsShort && e.Rank != RankTownship && next < text.Length && RoadMarkerChars.Contains(text[next]) && !ContinuesInside(next, e)) continue;
                    explored = true;
                    any |= Run(next, e, consumed + len, tokens + 1, usedAlias || e.IsAlias, depth + 1, pos, len);
                }
            }
            return any;
        }

        /// <summary>The township entries (in code order) whose 9-digit code lies under the division code
        /// <paramref name="code"/>: its county (xxxxxx###), its city (xxxx#####) or its province (xx#######); found by binary
        /// search, so a common name (城关镇, 400 entries) costs a few probes after a county.</summary>
        private static ReadOnlySpan<NameEntry> Within(ReadOnlySpan<NameEntry> entries, int code)
        {
            var span = code % 10000 == 0 ? 10_000 : code % 100 == 0 ? 100 : 1;
            long lo = (long)code * 1000, hi = lo + span * 1000L;
            int a = LowerBound(entries, lo), b = LowerBound(entries, hi);
            return entries[a..b];
        }

        private static int LowerBound(ReadOnlySpan<NameEntry> entries, long code)
        {
            int lo = 0, hi = entries.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (entries[mid].Code < code) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        /// <summary>Whether a name inside <paramref name="e"/> starts at <paramref name="pos"/> (唐山 + 路北区): a road marker
        /// right after a short name then does not end it.</summary>
        private bool ContinuesInside(int pos, in NameEntry e)
        {
            var max = Math.Min(owner._maxNameLength, text.Length - pos);
            if (max <= 0) return false;
            Span<int> found = stackalloc int[64];
            var n = owner._trie.Prefixes(text.AsSpan(pos, max), found);
            for (var f = 0; f < n; f++)
                foreach (var c in owner._trie.Entries(NameTrie.NodeOf(found[f])))
                    if (owner.Inside(c, e)) return true;
            return false;
        }

        private static bool Seen(ReadOnlySpan<int> seen, int count, int code)
        {
            for (var i = 0; i < count; i++) if (seen[i] == code) return true;
            return false;
        }

        private int Skip(int pos, bool atStart)
        {
            var moved = true;
            while (moved && pos < text.Length)
            {
                moved = false;
                while (pos < text.Length && SeparatorChars.Contains(text[pos])) { pos++; moved = true; }
                foreach (var w in SkippableWords)
                {
                    if (pos >= text.Length || text[pos] != w[0]) continue;   // (the comparison below would fail too)
                    if (!atStart && w == "中国") continue;
                    if (string.CompareOrdinal(text, pos, w, 0, w.Length) == 0) { pos += w.Length; moved = true; }
                }
            }
            return pos;
        }
    }
}
