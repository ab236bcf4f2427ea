namespace CapitalNetwork.Tests.Geography;

/// <summary>
/// Expected codes are from the NBS 2023 division table (embedded divisions.csv, checked against
/// ../shared/data/divisions-prototype.csv) and the cases listed in ../shared/docs/gazetteer-data.md §5.
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
    [InlineData("ＳＨＥＮＺＨＥＮ", -1)]
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
