namespace CapitalNetwork.Tests.Geography;

/// <summary>
/// Expected codes are from the NBS 2023 division table (embedded divisions.csv, checked against
/// ../shared/data/divisions-prototype.csv) and the cases listed in docs/reference/gazetteer-data.md §5.
/// </summary>
public class PlaceResolverTests
{
    private static readonly PlaceResolver R = PlaceResolver.Default;

    [Theory]
    [InlineData("北京", 110000)]
    [InlineData("北京市", 110000)]
    [InlineData("上海市浦东新区", 310000)]
    [InlineData("浙江省宁波市北仑区", 330200)]
    [InlineData("浙江省宁波市北仑区梅山七星路88号1幢401室", 330200)]
    [InlineData("江苏省昆山市玉山镇", 320500)]
    [InlineData("昆山", 320500)]
    [InlineData("昆山市", 320500)]
    [InlineData("广东-深圳", 440300)]
    [InlineData("北京-海淀区", 110000)]
    [InlineData("广东省深圳市南山区粤海街道科技园路1号", 440300)]
    [InlineData("吉林省吉林市", 220200)]
    [InlineData("吉林市船营区", 220200)]
    [InlineData("新疆伊犁州霍尔果斯市", 654000)]
    [InlineData("江西省共青城市", 360400)]
    [InlineData("石河子市", 659001)]
    [InlineData("河南省济源市", 419001)]
    [InlineData("湖北省仙桃市", 429004)]
    [InlineData("香港", 810000)]
    [InlineData("香港特别行政区", 810000)]
    [InlineData("Hong Kong", 810000)]
    [InlineData("台湾省", 710000)]
    [InlineData("东莞市", 441900)]
    [InlineData("西安", 610100)]   // city short name beats 西安区 (辽源, 牡丹江)
    [InlineData("大同", 140200)]   // beats 大同区 (大庆)
    [InlineData("中山", 442000)]   // beats 中山区 (大连)
    [InlineData("朝阳", 211300)]   // beats 朝阳区 (北京, 长春) and 朝阳县
    [InlineData("重庆市江北区", 500000)]
    [InlineData("上海市黄浦区北京东路100号", 310000)]
    [InlineData("ＳＨＥＮＺＨＥＮ", 440300)]   // full-width pinyin: NFKC, then the pinyin table (issue 17; unresolved before)
    [InlineData("　广东省　深圳市　", 440300)]
    public void Resolves_names_and_addresses(string text, int expected)
    {
        var r = R.Resolve(text);
        if (expected < 0)
        {
            Assert.False(r.IsResolved);
            return;
        }
        Assert.True(r.IsResolved, $"{text}: {r.Reason}");
        Assert.Equal(expected, r.Node!.Code);
    }

    [Theory]
    [InlineData("苏州工业园区", 320500)]
    [InlineData("江苏省苏州工业园区星湖街328号", 320500)]
    [InlineData("前海", 440300)]
    [InlineData("深圳市前海深港合作区南山街道", 440300)]
    [InlineData("横琴", 440400)]
    [InlineData("宁波梅山保税港区", 330200)]
    [InlineData("雄安新区", 130600)]
    [InlineData("河北雄安新区", 130600)]
    [InlineData("莱芜市", 370100)]
    [InlineData("山东省莱芜市莱城区", 370100)]
    [InlineData("上海-闸北区", 310000)]
    [InlineData("湘西州", 433100)]
    [InlineData("湖南省湘西州吉首市", 433100)]
    [InlineData("中国(上海)自由贸易试验区", 310000)]
    [InlineData("中国（广东）自由贸易试验区深圳前海蛇口片区", 440300)]
    public void Resolves_zones_renamed_units_and_short_forms(string text, int expected)
    {
        var r = R.Resolve(text);
        Assert.True(r.IsResolved, $"{text}: {r.Reason}");
        Assert.Equal(expected, r.Node!.Code);
    }

    [Theory]
    [InlineData("朝阳区", ResolutionFailure.Ambiguous)]
    [InlineData("鼓楼区", ResolutionFailure.Ambiguous)]
    [InlineData("江苏省", ResolutionFailure.ProvinceOnly)]
    [InlineData("广东", ResolutionFailure.ProvinceOnly)]
    [InlineData("开曼群岛", ResolutionFailure.Foreign)]
    [InlineData("北美洲-美国", ResolutionFailure.Foreign)]
    [InlineData("火星市", ResolutionFailure.Unknown)]
    [InlineData("中山路100号", ResolutionFailure.Unknown)]
    [InlineData("", ResolutionFailure.Empty)]
    [InlineData("   ", ResolutionFailure.Empty)]
    public void Reports_why_it_cannot_resolve(string text, ResolutionFailure failure)
    {
        var r = R.Resolve(text);
        Assert.False(r.IsResolved);
        Assert.Equal(failure, r.Failure);
        Assert.NotEmpty(r.Reason);
    }

    [Fact]
    public void Ambiguous_answer_lists_the_candidates()
    {
        var r = R.Resolve("朝阳区");
        // 朝阳区 exists in 北京 (110105 → node 110000) and 长春 (220104 → node 220100).
        Assert.Equal([110000, 220100], r.Candidates.Select(c => c.Code).ToArray());
    }

    [Theory]
    // Company names (and a road) that start with the short name of a county-level or prefecture-level unit, followed by
    // words that are no address. Candidate codes by hand from the embedded divisions.csv (NBS 2023): 平安区 630203 in
    // 海东市 630200, 兴业县 450924 in 玉林市 450900, 东方市 469007 (directly under 海南), 红塔区 530402 in 玉溪市 530400,
    // 华安县 350629 in 漳州市 350600, 永安市 350481 in 三明市 350400, 金山区 310116 in 上海市 310000, 中山市 442000; the
    // aliases 梅山 → 北仑区 330206 in 宁波市 330200 and 雄安 → 保定市 130600 from aliases.csv.
    [InlineData("平安银行", 630203, 630200)]
    [InlineData("兴业证券", 450924, 450900)]
    [InlineData("东方财富", 469007, 469007)]
    [InlineData("红塔证券", 530402, 530400)]
    [InlineData("华安基金", 350629, 350600)]
    [InlineData("永安期货", 350481, 350400)]
    [InlineData("金山软件", 310116, 310000)]
    [InlineData("中山大学", 442000, 442000)]
    [InlineData("平安银行股份有限公司深圳分行", 630203, 630200)]
    [InlineData("中国平安保险（集团）股份有限公司", 630203, 630200)]
    [InlineData("兴业 证券", 450924, 450900)]          // a separator between the two words changes nothing
    [InlineData("平安大道100号", 630203, 630200)]     // 平安大道 is a road name, not 平安区 (大道 needs a word before it)
    [InlineData("梅山钢铁", 330206, 330200)]          // an alias without a suffix is a short name too
    [InlineData("雄安集团", 130600, 130600)]
    public void Short_name_at_the_start_of_a_longer_name_is_uncertain(string text, int division, int node)
    {
        var r = R.Resolve(text);
        Assert.False(r.IsResolved);
        Assert.Equal(ResolutionFailure.Uncertain, r.Failure);
        Assert.Equal(division, r.Matched!.Code);
        Assert.Equal([node], r.Candidates.Select(c => c.Code).ToArray());
        Assert.Contains("AcceptShortNamePrefixes", r.Reason, StringComparison.Ordinal);

        var accepting = R.WithOptions(new PlaceResolverOptions { AcceptShortNamePrefixes = true }).Resolve(text);
        Assert.True(accepting.IsResolved, accepting.Reason);
        Assert.Equal(node, accepting.Node!.Code);
        Assert.Equal(division, accepting.Matched!.Code);
    }

    [Fact]
    public void Uncertain_reason_names_the_short_name_the_candidate_and_the_rest()
    {
        // 平安 is 平安区 minus its suffix 区; 平安区 is in 海东市 630200 (divisions.csv).
        Assert.Equal("starts with the short name 平安 (平安区, 海东市 630200), then \"银行\", which does not continue an address: " +
                     "not taken as a place (accept such names with AcceptShortNamePrefixes; capnet: --accept-short-name-prefix)",
            R.Resolve("平安银行").Reason);
        // 东方市 is itself the node: named once.
        Assert.StartsWith("starts with the short name 东方 (东方市 469007), then \"财富\"", R.Resolve("东方财富").Reason, StringComparison.Ordinal);
        // A long rest is cut after 8 characters (银行股份有限公司).
        Assert.Contains("then \"银行股份有限公司…\"", R.Resolve("平安银行股份有限公司深圳分行").Reason, StringComparison.Ordinal);
    }

    [Theory]
    // Texts that start with a full name, a chain of two tokens, or a short name followed by an address: they resolve as
    // before. Expected nodes from divisions.csv as above; 昆山市 320583 and 玉山 (玉山县 361123, a name the resolver knows)
    // in 苏州市 320500; 北仑区 330206 in 宁波市 330200.
    [InlineData("平安区", 630200)]
    [InlineData("兴业县", 450900)]
    [InlineData("平安区XX路", 630200)]
    [InlineData("平安区人民路1号", 630200)]
    [InlineData("东方市八所镇", 469007)]
    [InlineData("昆山市玉山镇", 320500)]
    [InlineData("江苏省昆山", 320500)]
    [InlineData("北仑区梅山", 330200)]
    [InlineData("平安", 630200)]                 // a short name alone
    [InlineData("东方", 469007)]
    [InlineData("昆山玉山镇", 320500)]           // followed by a known name (玉山)
    [InlineData("北仑梅山", 330200)]             // followed by a known name (the alias 梅山)
    [InlineData("东方八所镇", 469007)]           // 八所 + 镇
    [InlineData("昆山花桥镇", 320500)]           // 花桥 + 镇
    [InlineData("昆山开发区前进东路", 320500)]   // 开发 + 区
    [InlineData("常熟虞山街道", 320500)]         // 虞山 + 街
    [InlineData("梅山七星路88号", 330200)]       // 七星 + 路
    [InlineData("昆山88号", 320500)]             // a house number
    [InlineData("苏州工业园", 320500)]           // 工业 + 园
    [InlineData("海东平安银行", 630200)]         // two tokens, 平安区 inside 海东市: an address reading
    [InlineData("北京银行", 110000)]             // municipality short names are not affected
    public void Full_names_chains_and_short_names_before_an_address_still_resolve(string text, int expected)
    {
        var r = R.Resolve(text);
        Assert.True(r.IsResolved, $"{text}: {r.Reason}");
        Assert.Equal(expected, r.Node!.Code);
    }

    [Theory]
    // Short forms of the zones and new areas of aliases.csv and the README, alone (code = the node of the full form's
    // row in aliases.csv: 雄安新区 130600 …). 江北 is left out: 江北区 exists in 宁波 and 重庆, so 江北 alone is ambiguous.
    [InlineData("雄安", 130600)]
    [InlineData("河北雄安", 130600)]
    [InlineData("两江", 500000)]
    [InlineData("天府", 510100)]
    [InlineData("西咸", 610100)]
    [InlineData("贵安", 520100)]
    [InlineData("赣江", 360100)]
    [InlineData("湘江", 430100)]
    [InlineData("金普", 210200)]
    [InlineData("滇中", 530100)]
    [InlineData("舟山群岛", 330900)]
    [InlineData("西海岸", 370200)]
    [InlineData("青岛西海岸", 370200)]
    [InlineData("前海", 440300)]
    [InlineData("横琴", 440400)]
    [InlineData("梅山", 330200)]
    [InlineData("苏州工业园区", 320500)]
    public void Zone_short_forms_alone_resolve(string text, int expected)
    {
        var r = R.Resolve(text);
        Assert.True(r.IsResolved, $"{text}: {r.Reason}");
        Assert.Equal(expected, r.Node!.Code);
    }

    [Theory]
    [InlineData("朝阳区")]
    [InlineData("江苏省")]
    [InlineData("开曼群岛")]
    [InlineData("火星市")]
    [InlineData("平安银行")]
    [InlineData("")]
    public void Reasons_do_not_repeat_the_failure_name(string text)
    {
        var r = R.Resolve(text);
        var name = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Failure.ToString());
        Assert.False(r.Reason.StartsWith(name, StringComparison.OrdinalIgnoreCase), $"{name}: {r.Reason}");
        Assert.False(r.Reason.StartsWith(r.Failure.ToString(), StringComparison.OrdinalIgnoreCase), $"{r.Failure}: {r.Reason}");
    }

    [Fact]
    public void Options_are_kept_and_shared()
    {
        Assert.False(PlaceResolver.Default.Options.AcceptShortNamePrefixes);
        Assert.Same(PlaceResolver.Default, PlaceResolver.Default.WithOptions(PlaceResolverOptions.Default));
        var accepting = PlaceResolver.Default.WithOptions(PlaceResolverOptions.Default with { AcceptShortNamePrefixes = true });
        Assert.True(accepting.Options.AcceptShortNamePrefixes);
        Assert.Same(PlaceResolver.Default.Gazetteer, accepting.Gazetteer);
        Assert.Equal(PlaceResolver.Default.NameCount, accepting.NameCount);
        Assert.False(new PlaceResolver(Gazetteer.Default).Options.AcceptShortNamePrefixes);
        Assert.True(new PlaceResolver(Gazetteer.Default, accepting.Options).Resolve("平安银行").IsResolved);
    }

    [Theory]
    // Check digits computed by hand with GB 32100-2015 weights; division codes from the 2023 table.
    [InlineData("91320583MA1MXXXX0X")]
    public void Credit_code_with_wrong_check_digit_is_rejected(string code)
    {
        var r = R.ResolveCreditCode(code);
        Assert.Equal(ResolutionFailure.InvalidCreditCode, r.Failure);
    }

    [Theory]
    [InlineData("320583", 320500)] // 昆山 → 苏州
    [InlineData("371202", 370100)] // historical 莱芜 → 济南
    [InlineData("110000", 110000)] // 北京 at province level: municipality is a node
    [InlineData("330206", 330200)] // 北仑区 → 宁波
    public void Credit_code_division_resolves(string division, int expected)
    {
        var code = WithCheckDigit("91" + division + "MA1K4XH30");
        var r = R.ResolveCreditCode(code);
        Assert.True(r.IsResolved, $"{code}: {r.Reason}");
        Assert.Equal(expected, r.Node!.Code);
        Assert.Equal(ResolutionMethod.CreditCode, r.Method);
    }

    [Fact]
    public void Credit_code_naming_only_a_province_is_province_only()
    {
        var r = R.ResolveCreditCode(WithCheckDigit("91440000MA1K4XH30"));
        Assert.Equal(ResolutionFailure.ProvinceOnly, r.Failure);
    }

    [Fact]
    public void Place_falls_back_to_credit_code()
    {
        var r = R.Resolve("开曼群岛", WithCheckDigit("91320583MA1K4XH30"));
        Assert.True(r.IsResolved);
        Assert.Equal(320500, r.Node!.Code);
    }

    [Fact]
    public void Known_check_digit_example()
    {
        // Independent example: the check digit of "91110000600037341" (weights 1,3,9,…; Σ mod 31) worked by hand:
        // digits 9,1,1,1,0,0,0,0,6,0,0,0,3,7,3,4,1 · weights → Σ = 9+3+9+27+0+0+0+0+120+0+0+0+24+168+30+120+28 = 538;
        // 538 mod 31 = 11; 31 − 11 = 20 → alphabet[20] = 'L'.
        Assert.Equal("91110000600037341L", WithCheckDigit("91110000600037341"));
    }

    internal static string WithCheckDigit(string first17)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += alphabet.IndexOf(first17[i]) * w[i];
        return first17 + alphabet[(31 - sum % 31) % 31];
    }
}
