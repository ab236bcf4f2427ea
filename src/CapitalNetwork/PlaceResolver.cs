using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
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
    private const string RoadMarkers = "路街道巷弄";
    /// <summary>Last characters of division and zone names: an alias ending in none of them is a short name.</summary>
    private const string NameSuffixes = "省市区县州旗盟镇乡村";
    /// <summary>Last characters of the address units that may follow a short name (with 大道, checked apart).</summary>
    private const string AddressUnits = "镇乡村路街巷弄区园";
    private const string Separators = "-–—－·・/\\|,，、;；:： _()（）[]【】\"'“”";
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
    private readonly FrozenDictionary<int, Division> _oldCodes;
    private readonly int _maxNameLength;
    private readonly PlaceResolverOptions _options;

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

        // English names of the SARs and Taiwan (matched case-insensitively: the input's ASCII is upper-cased).
        foreach (var (en, code) in new[] { ("HONG KONG", 810000), ("HONGKONG", 810000), ("HK", 810000), ("MACAO", 820000), ("MACAU", 820000), ("TAIWAN", 710000) })
            if (gazetteer.TryGet(code, out var d))
                Add(en, new NameEntry(d, gazetteer.NodeOf(d), RankCity, IsShort: false, IsAlias: true, ContextCode: 0, IsBare: false));

        var mutable = names.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _nameCount = mutable.Count;
        // At most 63 characters: the search collects a text's prefix names in a stack buffer of 64.
        _maxNameLength = Math.Min(63, mutable.Keys.Max(k => k.Length));
        _trie = new NameTrie(mutable.Where(kv => kv.Key.Length <= 63));
        _oldCodes = old.ToFrozenDictionary();
    }

    /// <summary>A resolver over the same gazetteer and names with other options (the name tables are shared, not rebuilt).</summary>
    private PlaceResolver(PlaceResolver other, PlaceResolverOptions options)
    {
        _gazetteer = other._gazetteer;
        _nameCount = other._nameCount;
        _trie = other._trie;
        _oldCodes = other._oldCodes;
        _maxNameLength = other._maxNameLength;
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

        // One search object per thread, reused (Resolve does not call itself): no allocation per text but the answer.
        var best = t_search ??= new Search();
        best.Reset(this, normal);
        best.Run(0, null, 0, 0, false, 0, 0, 0);
        if (best.BestConsumed == 0)
        {
            if (ForeignCountry(normal) is { } country)
                return PlaceResolution.Fail(input, ResolutionFailure.Foreign, $"a place outside China ({country})");
            return PlaceResolution.Fail(input, ResolutionFailure.Unknown, "no administrative name recognised at the start of the text");
        }

        // A county-level short name (朝阳 of 朝阳区, 西安 of 西安区) is a fallback: when it ties with any other reading
        // (the city 朝阳市, 西安市), the other reading wins.
        var ends = best.Ends;
        if (ends.Count > 1)
        {
            if (ends.Exists(e => !IsCountyShort(e.Last)) && ends.Exists(e => IsCountyShort(e.Last)))
                ends = ends.FindAll(e => !IsCountyShort(e.Last));
            var outcomes = ends.GroupBy(e => e.Last.Node?.Code ?? -e.Last.Target.ProvinceCode).ToList();
            if (outcomes.Count > 1)
            {
                var candidates = outcomes.Select(g => g.First().Last.Node ?? g.First().Last.Target).OrderBy(d => d.Code).ToList();
                return PlaceResolution.Fail(input, ResolutionFailure.Ambiguous,
                    "could be " + string.Join(" or ", candidates.Select(c => $"{c.Name} {c.Code}")), candidates);
            }
        }

        var end = ends[0];
        if (end.Last.Node is null)
            return PlaceResolution.Fail(input, ResolutionFailure.ProvinceOnly, $"only the province {end.Last.Target.Name} is named, not a city");
        if (!_options.AcceptShortNamePrefixes && ends.TrueForAll(e => e.Tokens == 1 && e.Last.IsBare) && !ContinuesAddress(normal, end.Rest))
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
    private bool ContinuesAddress(string text, int rest)
    {
        if (rest >= text.Length || char.IsAsciiDigit(text[rest])) return true;
        Span<int> found = stackalloc int[1];
        if (_trie.Prefixes(text.AsSpan(rest, Math.Min(_maxNameLength, text.Length - rest)), found) > 0) return true;
        for (var i = rest + 1; i < text.Length && i <= rest + 6; i++)
        {
            if (!IsIdeograph(text[i - 1])) return false;
            if (AddressUnitChars.Contains(text[i])) return true;
            if (text[i] == '大' && i + 1 < text.Length && text[i + 1] == '道') return true;
        }
        return false;
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>The <see cref="ResolutionFailure.Uncertain"/> answer for a text that rests on the short name of <paramref name="end"/>.</summary>
    private static PlaceResolution Uncertain(string input, string normal, SearchEnd end)
    {
        var e = end.Last;
        var node = e.Node!;
        var name = normal.Substring(end.Start, end.Length);
        var rest = normal.AsSpan(end.Rest);
        var shown = rest.Length > 8 ? string.Concat(rest[..8], "…") : rest.ToString();
        var of = e.Target.Code == node.Code ? $"{node.Name} {node.Code}" : $"{e.Target.Name}, {node.Name} {node.Code}";
        return new PlaceResolution(input, null, e.Target, ResolutionMethod.None, ResolutionFailure.Uncertain,
            $"starts with the short name {name} ({of}), then \"{shown}\", which does not continue an address: not taken as a place " +
            "(accept such names with AcceptShortNamePrefixes; capnet: --accept-short-name-prefix)",
            [node]);
    }

    /// <summary>Below the level of a province, municipality or SAR: a prefecture, a directly administered county or a county-level unit.</summary>
    private static bool BelowProvince(Division d) => d.Level is DivisionLevel.Prefecture or DivisionLevel.DirectCounty or DivisionLevel.County or DivisionLevel.Zone;

    private static bool IsCountyShort(NameEntry e) => e.IsShort && e.Rank == RankCounty;

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
            sb.Append(ch is >= 'a' and <= 'z' ? (char)(ch - 32) : char.IsWhiteSpace(ch) ? ' ' : ch);
        }
        var t = sb.ToString().Trim();
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
                dst[i] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
            }
        }).Trim(' ');
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
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '0' and <= '9' or >= 'A' and <= 'Z' or '-') continue;
            return false;
        }
        return true;
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
        var p = previous.Target;
        if (candidate.IsAlias && candidate.ContextCode != 0)
        {
            var ctx = candidate.ContextCode;
            if (ctx == p.Code) return true;
            if (previous.Rank == RankProvince) return ctx / 10000 == p.ProvinceCode / 10000;
            return _gazetteer.TryGet(ctx, out var cd) && cd.NodeCode == p.NodeCode;
        }
        var c = candidate.Target;
        return previous.Rank == RankProvince ? c.ProvinceCode == p.ProvinceCode : c.NodeCode == p.NodeCode && c.NodeCode is not null;
    }

    /// <summary>One reading of a name. <paramref name="IsBare"/>: a short name below province level (a division's short form
    /// or an alias without a suffix), which alone at the start of a longer text must be followed by an address.</summary>
    private readonly record struct NameEntry(Division Target, Division? Node, int Rank, bool IsShort, bool IsAlias, int ContextCode, bool IsBare);

    /// <summary>The end of a chain: its last token (at <paramref name="Start"/>, <paramref name="Length"/> characters) and
    /// where the unread rest of the text starts (<paramref name="Rest"/>, after separators and skipped words).</summary>
    private readonly record struct SearchEnd(NameEntry Last, int Tokens, bool UsedAlias, int Start, int Length, int Rest);

    /// <summary>
    /// The recognised names as a trie over UTF-16 code units: the names that start a text are found in one walk from
    /// the root, one probe per character, stopping at the first character no name continues with (in an address that is
    /// after two or three characters). The root's children sit in a table indexed by the character; deeper edges in one
    /// open-addressing table keyed by (node, character). Immutable after construction.
    /// </summary>
    private sealed class NameTrie
    {
        private readonly int[] _rootChild = new int[char.MaxValue + 1];   // 0 = none (the root is never a child)
        private readonly ulong[] _edgeKeys;                                // (parent << 16 | char) + 1; 0 = empty
        private readonly int[] _edgeChild;
        private readonly int _shift;
        private readonly NameEntry[]?[] _entries;
        private readonly int[] _depth;

        public NameTrie(IEnumerable<KeyValuePair<string, NameEntry[]>> names)
        {
            var edges = new Dictionary<ulong, int>();
            List<NameEntry[]?> entriesOf = [null];
            List<int> depthOf = [0];
            foreach (var (name, entries) in names)
            {
                var node = 0;
                for (var i = 0; i < name.Length; i++)
                {
                    var key = ((ulong)(uint)node << 16) | name[i];
                    if (!edges.TryGetValue(key, out var child))
                    {
                        child = entriesOf.Count;
                        entriesOf.Add(null);
                        depthOf.Add(i + 1);
                        edges[key] = child;
                        if (node == 0) _rootChild[name[i]] = child;
                    }
                    node = child;
                }
                entriesOf[node] = entries;
            }
            _entries = entriesOf.ToArray();
            _depth = depthOf.ToArray();
            var size = 16;
            while (size < edges.Count * 2) size *= 2;
            _edgeKeys = new ulong[size];
            _edgeChild = new int[size];
            _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
            foreach (var (key, child) in edges)
            {
                var i = Slot(key + 1);
                while (_edgeKeys[i] != 0) i = (i + 1) & (size - 1);
                _edgeKeys[i] = key + 1;
                _edgeChild[i] = child;
            }
        }

        /// <summary>The nodes of the names that are prefixes of <paramref name="text"/>, shortest first.</summary>
        public int Prefixes(ReadOnlySpan<char> text, Span<int> found)
        {
            if (text.IsEmpty) return 0;
            var count = 0;
            var node = _rootChild[text[0]];
            for (var k = 1; node != 0; k++)
            {
                if (_entries[node] is not null && count < found.Length) found[count++] = node;
                if (k == text.Length) break;
                node = Child(node, text[k]);
            }
            return count;
        }

        /// <summary>Length of the name that ends at <paramref name="node"/>.</summary>
        public int Depth(int node) => _depth[node];

        /// <summary>The entries of the name that ends at <paramref name="node"/>.</summary>
        public NameEntry[] Entries(int node) => _entries[node]!;

        private int Child(int node, char c)
        {
            var stored = (((ulong)(uint)node << 16) | c) + 1;
            var mask = _edgeKeys.Length - 1;
            for (var i = Slot(stored); ; i = (i + 1) & mask)
            {
                var k = _edgeKeys[i];
                if (k == stored) return _edgeChild[i];
                if (k == 0) return 0;
            }
        }

        private int Slot(ulong stored) => (int)((stored * 0x9E3779B97F4A7C15UL) >> _shift);
    }

    /// <summary>Depth-first search over token chains; keeps the chains that read the most characters.</summary>
    [ThreadStatic]
    private static Search? t_search;

    private sealed class Search
    {
        private PlaceResolver owner = null!;
        private string text = "";

        public int BestConsumed { get; private set; }
        public List<SearchEnd> Ends { get; } = [];

        /// <summary>Starts a new search of <paramref name="normal"/>.</summary>
        public void Reset(PlaceResolver resolver, string normal)
        {
            owner = resolver;
            text = normal;
            BestConsumed = 0;
            Ends.Clear();
        }

        public void Run(int pos, NameEntry? previous, int consumed, int tokens, bool usedAlias, int depth, int lastStart, int lastLength)
        {
            pos = Skip(pos, previous is null);
            var any = false;
            Span<int> seen = stackalloc int[16];
            var seenCount = 0;
            if (depth < 4)
            {
                var max = Math.Min(owner._maxNameLength, text.Length - pos);
                // Every name that starts the rest of the text, found in one walk down the trie; read longest first.
                Span<int> found = stackalloc int[64];
                var foundCount = owner._trie.Prefixes(text.AsSpan(pos, Math.Max(0, max)), found);
                for (var f = foundCount - 1; f >= 0; f--)
                {
                    var node = found[f];
                    var len = owner._trie.Depth(node);
                    var entries = owner._trie.Entries(node);
                    foreach (var e in entries)
                    {
                        if (previous is { } prev ? !owner.Inside(e, prev) : false) continue;
                        // A longer name of the same division already matched here (宁波市 before 宁波): the shorter reading
                        // cannot read further, so it is not explored.
                        if (Seen(seen, seenCount, e.Target.Code)) continue;
                        if (seenCount < seen.Length) seen[seenCount++] = e.Target.Code;
                        var next = pos + len;
                        if (e.IsShort && next < text.Length && RoadMarkerChars.Contains(text[next])) continue;
                        any = true;
                        Run(next, e, consumed + len, tokens + 1, usedAlias || e.IsAlias, depth + 1, pos, len);
                    }
                }
            }
            if (any || previous is not { } last) return;
            if (consumed > BestConsumed) { BestConsumed = consumed; Ends.Clear(); }
            if (consumed == BestConsumed) Ends.Add(new SearchEnd(last, tokens, usedAlias, lastStart, lastLength, pos));
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
