using System.Collections.Frozen;
using System.Text;

namespace CapitalNetwork.Places;

/// <summary>
/// Addresses written in English or pinyin (<c>Haidian District, Beijing</c>, <c>Pudong New Area, Shanghai, PRC</c>), as
/// foreign-invested funds file them: the comma-separated parts are read from the last (the largest unit, after the
/// country) to the first, each part's unit words (District, City, Province …) dropped and its letters looked up in a
/// table of pinyin names; the Chinese names found, largest first, make the text the resolver reads (北京-海淀). The
/// table (hand-written, Hanyu Pinyin without tones) has the 34 province-level units, the capitals and the main
/// fund cities, and the districts of Beijing, Shanghai and Shenzhen and a few more. Pinyin that two cities share
/// (Suzhou 苏州/宿州, Taizhou 泰州/台州, Fuzhou 福州/抚州, Yichun 伊春/宜春) is left out, so such a text is reported, not guessed.
/// </summary>
internal static class EnglishNames
{
    /// <summary>(pinyin, Chinese name, rank: 1 province, 2 city, 3 district).</summary>
    private static readonly (string Pinyin, string Chinese, int Rank)[] Names =
    [
        ("BEIJING", "北京", 1), ("PEKING", "北京", 1), ("TIANJIN", "天津", 1), ("SHANGHAI", "上海", 1), ("CHONGQING", "重庆", 1),
        ("HEBEI", "河北", 1), ("SHANXI", "山西", 1), ("INNERMONGOLIA", "内蒙古", 1), ("NEIMENGGU", "内蒙古", 1), ("LIAONING", "辽宁", 1),
        ("JILINPROVINCE", "吉林省", 1), ("HEILONGJIANG", "黑龙江", 1), ("JIANGSU", "江苏", 1), ("ZHEJIANG", "浙江", 1), ("ANHUI", "安徽", 1),
        ("FUJIAN", "福建", 1), ("JIANGXI", "江西", 1), ("SHANDONG", "山东", 1), ("HENAN", "河南", 1), ("HUBEI", "湖北", 1),
        ("HUNAN", "湖南", 1), ("GUANGDONG", "广东", 1), ("GUANGXI", "广西", 1), ("HAINAN", "海南省", 1), ("SICHUAN", "四川", 1),
        ("GUIZHOU", "贵州", 1), ("YUNNAN", "云南", 1), ("TIBET", "西藏", 1), ("XIZANG", "西藏", 1), ("SHAANXI", "陕西", 1),
        ("GANSU", "甘肃", 1), ("QINGHAI", "青海", 1), ("NINGXIA", "宁夏", 1), ("XINJIANG", "新疆", 1), ("HONGKONG", "香港", 1),
        ("MACAU", "澳门", 1), ("MACAO", "澳门", 1), ("TAIWAN", "台湾", 1), ("TAIPEI", "台北", 2),
        ("SHENZHEN", "深圳", 2), ("GUANGZHOU", "广州", 2), ("HANGZHOU", "杭州", 2), ("NANJING", "南京", 2), ("CHENGDU", "成都", 2),
        ("WUHAN", "武汉", 2), ("XIAN", "西安", 2), ("CHANGSHA", "长沙", 2), ("ZHENGZHOU", "郑州", 2), ("JINAN", "济南", 2),
        ("QINGDAO", "青岛", 2), ("DALIAN", "大连", 2), ("SHENYANG", "沈阳", 2), ("HARBIN", "哈尔滨", 2), ("CHANGCHUN", "长春", 2),
        ("SHIJIAZHUANG", "石家庄", 2), ("TAIYUAN", "太原", 2), ("HOHHOT", "呼和浩特", 2), ("HEFEI", "合肥", 2), ("XIAMEN", "厦门", 2),
        ("NANCHANG", "南昌", 2), ("NANNING", "南宁", 2), ("HAIKOU", "海口", 2), ("SANYA", "三亚", 2), ("GUIYANG", "贵阳", 2),
        ("KUNMING", "昆明", 2), ("LHASA", "拉萨", 2), ("LANZHOU", "兰州", 2), ("XINING", "西宁", 2), ("YINCHUAN", "银川", 2),
        ("URUMQI", "乌鲁木齐", 2), ("NINGBO", "宁波", 2), ("WENZHOU", "温州", 2), ("WUXI", "无锡", 2), ("CHANGZHOU", "常州", 2),
        ("NANTONG", "南通", 2), ("DONGGUAN", "东莞", 2), ("FOSHAN", "佛山", 2), ("ZHUHAI", "珠海", 2), ("ZHONGSHAN", "中山", 2),
        ("SHANTOU", "汕头", 2), ("HUIZHOU", "惠州", 2), ("JIAXING", "嘉兴", 2), ("SHAOXING", "绍兴", 2), ("JINHUA", "金华", 2),
        ("YIWU", "义乌", 2), ("KUNSHAN", "昆山", 2), ("JIANGYIN", "江阴", 2), ("YANTAI", "烟台", 2), ("WEIHAI", "威海", 2),
        ("WEIFANG", "潍坊", 2), ("ZIBO", "淄博", 2), ("LUOYANG", "洛阳", 2), ("TANGSHAN", "唐山", 2), ("BAODING", "保定", 2),
        ("LANGFANG", "廊坊", 2), ("XIONGAN", "雄安", 2), ("ZHUZHOU", "株洲", 2), ("XIANGTAN", "湘潭", 2), ("YICHANG", "宜昌", 2),
        ("XIANGYANG", "襄阳", 2), ("MIANYANG", "绵阳", 2), ("ZUNYI", "遵义", 2), ("LIUZHOU", "柳州", 2), ("GUILIN", "桂林", 2),
        ("QUANZHOU", "泉州", 2), ("ZHANGZHOU", "漳州", 2), ("PUTIAN", "莆田", 2), ("JIUJIANG", "九江", 2), ("GANZHOU", "赣州", 2),
        ("WUHU", "芜湖", 2), ("BENGBU", "蚌埠", 2), ("XUZHOU", "徐州", 2), ("YANGZHOU", "扬州", 2), ("ZHENJIANG", "镇江", 2),
        ("HUAIAN", "淮安", 2), ("LIANYUNGANG", "连云港", 2), ("YANCHENG", "盐城", 2), ("HUZHOU", "湖州", 2), ("ZHOUSHAN", "舟山", 2),
        ("LISHUI", "丽水", 2), ("QUZHOU", "衢州", 2), ("HORGOS", "霍尔果斯", 2), ("KHORGOS", "霍尔果斯", 2), ("GONGQINGCHENG", "共青城", 2),
        ("XINYU", "新余", 2), ("KASHGAR", "喀什", 2), ("KASHI", "喀什", 2), ("DONGYING", "东营", 2), ("ZHAOQING", "肇庆", 2),
        ("JIANGMEN", "江门", 2), ("ZHANJIANG", "湛江", 2), ("SHAOGUAN", "韶关", 2), ("CHANGSHU", "常熟", 2), ("ZHANGJIAGANG", "张家港", 2),
        ("HAIDIAN", "海淀", 3), ("CHAOYANG", "朝阳", 3), ("DONGCHENG", "东城", 3), ("XICHENG", "西城", 3), ("FENGTAI", "丰台", 3),
        ("SHIJINGSHAN", "石景山", 3), ("TONGZHOU", "通州", 3), ("SHUNYI", "顺义", 3), ("CHANGPING", "昌平", 3), ("DAXING", "大兴", 3),
        ("FANGSHAN", "房山", 3), ("MENTOUGOU", "门头沟", 3), ("HUAIROU", "怀柔", 3), ("PINGGU", "平谷", 3), ("MIYUN", "密云", 3),
        ("YANQING", "延庆", 3), ("PUDONG", "浦东", 3), ("PUDONGNEWAREA", "浦东新区", 3), ("HUANGPU", "黄浦", 3), ("XUHUI", "徐汇", 3),
        ("CHANGNING", "长宁", 3), ("JINGAN", "静安", 3), ("PUTUO", "普陀", 3), ("HONGKOU", "虹口", 3), ("YANGPU", "杨浦", 3),
        ("MINHANG", "闵行", 3), ("BAOSHAN", "宝山", 3), ("JIADING", "嘉定", 3), ("JINSHAN", "金山", 3), ("SONGJIANG", "松江", 3),
        ("QINGPU", "青浦", 3), ("FENGXIAN", "奉贤", 3), ("CHONGMING", "崇明", 3), ("FUTIAN", "福田", 3), ("LUOHU", "罗湖", 3),
        ("NANSHAN", "南山", 3), ("QIANHAI", "前海", 3), ("BAOAN", "宝安", 3), ("LONGGANG", "龙岗", 3), ("LONGHUA", "龙华", 3),
        ("BINJIANG", "滨江", 3), ("XIHU", "西湖", 3), ("YUHANG", "余杭", 3), ("XIAOSHAN", "萧山", 3), ("TIANHE", "天河", 3),
        ("YUEXIU", "越秀", 3), ("HUANGPUGUANGZHOU", "黄埔", 3), ("NANSHA", "南沙", 3), ("HENGQIN", "横琴", 3), ("BINHAI", "滨海新区", 3),
        ("BINHAINEWAREA", "滨海新区", 3), ("SUZHOUINDUSTRIALPARK", "苏州工业园区", 2), ("MEISHAN", "梅山", 3),
    ];

    private static readonly string[] UnitWords =
    [
        "SPECIAL ADMINISTRATIVE REGION", "AUTONOMOUS REGION", "PEOPLE'S REPUBLIC OF CHINA", "PEOPLES REPUBLIC OF CHINA", "P.R.CHINA",
        "P. R. CHINA", "P.R. CHINA", "PR CHINA", "P.R.C.", "PRC", "CHINA", "MUNICIPALITY", "PROVINCE", "DISTRICT", "COUNTY", "CITY", "SAR",
    ];

    /// <summary>The pinyin table as a dictionary (built once per resolver).</summary>
    public static FrozenDictionary<string, string> Table(Gazetteer gazetteer)
    {
        _ = gazetteer;
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (pinyin, chinese, rank) in Names) d.TryAdd(pinyin, $"{rank}{chinese}");
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>True when the (normalised, upper-case) text has ASCII letters and no CJK ideograph.</summary>
    public static bool IsLatin(string text)
    {
        var letters = false;
        foreach (var c in text)
        {
            if (c is >= '\u3400' and <= '\u9FFF') return false;
            if (c is >= 'A' and <= 'Z') letters = true;
        }
        return letters;
    }

    /// <summary>The Chinese reading of an English or pinyin address, largest unit first, parts joined by <c>-</c>; or
    /// <c>null</c> when no part is a known name.</summary>
    public static string? ToChinese(string text, FrozenDictionary<string, string> table)
    {
        List<(int Rank, int Order, string Name)>? found = null;
        var parts = text.Split([',', ';', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            foreach (var w in UnitWords) part = part.Replace(w, " ", StringComparison.Ordinal);
            if (Lookup(Letters(part), table) is { } whole) { (found ??= []).Add((whole[0] - '0', p * 100, whole[1..])); continue; }
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
                if (Lookup(Letters(words[i]), table) is { } one) (found ??= []).Add((one[0] - '0', p * 100 + i, one[1..]));
        }
        if (found is null) return null;
        found.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : b.Order.CompareTo(a.Order));
        return string.Join('-', found.Select(f => f.Name).Distinct(StringComparer.Ordinal));
    }

    private static string? Lookup(string key, FrozenDictionary<string, string> table) =>
        key.Length >= 2 && table.TryGetValue(key, out var v) ? v : null;

    private static string Letters(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) if (c is >= 'A' and <= 'Z') sb.Append(c);
        return sb.ToString();
    }
}
