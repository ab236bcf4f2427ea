namespace CapitalNetwork;

/// <summary>
/// The four statistical regions of mainland China used by the National Bureau of Statistics
/// (东部 East, 中部 Central, 西部 West, 东北 Northeast; NBS 2011 division), plus
/// <see cref="Outside"/> for Hong Kong, Macao and Taiwan, which the scheme does not cover.
/// </summary>
public enum StatisticalRegion
{
    /// <summary>东部: 北京, 天津, 河北, 上海, 江苏, 浙江, 福建, 山东, 广东, 海南 (10 provinces).</summary>
    East,
    /// <summary>中部: 山西, 安徽, 江西, 河南, 湖北, 湖南 (6 provinces).</summary>
    Central,
    /// <summary>西部: 内蒙古, 广西, 重庆, 四川, 贵州, 云南, 西藏, 陕西, 甘肃, 青海, 宁夏, 新疆 (12 provinces).</summary>
    West,
    /// <summary>东北: 辽宁, 吉林, 黑龙江 (3 provinces).</summary>
    Northeast,
    /// <summary>港澳台: Hong Kong, Macao and Taiwan, outside the four-region scheme.</summary>
    Outside,
}
