namespace CapitalNetwork.Synthesis;

/// <summary>Word pools of <see cref="SyntheticFilings"/>: invented brand characters, surnames, road names and the
/// legal-form words of Chinese fund, company and partnership names. Nothing here names a real firm.</summary>
internal static class PartyNames
{
    /// <summary>Characters combined in pairs into invented brand names (鼎源, 嘉禾 …).</summary>
    public static readonly string[] BrandChars =
    [
        "鼎", "晖", "盈", "泰", "瑞", "嘉", "信", "达", "鑫", "源", "恒", "宏", "弘", "博", "睿", "德", "正", "君", "联", "启",
        "明", "元", "丰", "汇", "融", "道", "合", "同", "星", "辰", "峰", "云", "志", "诚", "致", "锦", "秀", "聚", "禾", "谷",
        "川", "松", "竹", "兰", "芯", "智", "航", "熙", "璞", "昊", "骏", "朗", "晟", "昱", "珩", "钧", "翊", "岚", "澜", "泓",
    ];

    /// <summary>Common Chinese surnames.</summary>
    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余",
        "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "廖",
    ];

    /// <summary>Characters of given names.</summary>
    public static readonly string[] GivenChars =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
        "刚", "桂", "英", "华", "建", "国", "文", "辉", "力", "斌", "宇", "浩", "凯", "晨", "欣", "怡", "婷", "雪", "琳", "嘉",
    ];

    /// <summary>Road names used in full street addresses (they follow the county, so no place name can be read from them).</summary>
    public static readonly string[] Roads =
    [
        "人民路", "建设路", "解放路", "新华路", "长江路", "世纪大道", "高新大道", "滨江路", "文化路", "工业路", "商务大道", "创新大道",
        "学府路", "环城路", "中心大道", "花园路", "光明路", "东风路", "胜利路", "科技路", "创业路", "金融大街", "湖滨路", "迎宾大道",
    ];

    /// <summary>Sub-district (街道) names used in full street addresses.</summary>
    public static readonly string[] Streets =
    [
        "城东街道", "城西街道", "城南街道", "新城街道", "高新街道", "开发区街道", "东湖街道", "滨河街道", "中心街道", "金桥街道",
    ];

    /// <summary>Fund type words before 合伙企业（有限合伙） or 有限公司.</summary>
    public static readonly string[] FundTypes = ["创业投资", "创业投资", "创业投资", "股权投资", "创新投资", "产业投资", "科创投资"];

    /// <summary>Business words of corporate limited partners.</summary>
    public static readonly string[] Businesses =
    [
        "实业", "科技", "控股", "投资", "投资管理", "资产管理", "集团", "创业投资", "企业管理", "股权投资", "医药", "电子", "新材料", "贸易",
    ];
}
