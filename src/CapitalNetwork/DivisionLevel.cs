namespace CapitalNetwork;

/// <summary>Administrative level of a <see cref="Division"/> in the embedded gazetteer (NBS 2023 statistical codes).</summary>
public enum DivisionLevel
{
    /// <summary>A province or autonomous region (河北省, 内蒙古自治区) and Taiwan (台湾省, which is also one network node).</summary>
    Province,
    /// <summary>One of the four municipalities (北京, 天津, 上海, 重庆): both a province and a city; a network node.</summary>
    Municipality,
    /// <summary>Hong Kong or Macao special administrative region; a network node.</summary>
    SpecialAdministrativeRegion,
    /// <summary>A prefecture-level unit (地级市, 地区, 自治州, 盟); a network node.</summary>
    Prefecture,
    /// <summary>A county-level unit administered directly by its province (济源, 仙桃, 石河子 …); its own network node.</summary>
    DirectCounty,
    /// <summary>A county-level unit (区, 县, 县级市, 旗, HK/Macao districts); belongs to its prefecture's node.</summary>
    County,
    /// <summary>An NBS statistical functional zone (经开区, 高新区, 新区 such as 苏州工业园区); belongs to its prefecture's node.
    /// Zone codes are not stable between NBS vintages: match zones by name.</summary>
    Zone,
    /// <summary>A township-level unit (乡级: 镇, 乡, 街道, Beijing's 地区, 苏木, state farms), with a 9-digit code
    /// (county code × 1000 + three digits); belongs to its county's node. Kept apart in <see cref="Gazetteer.Townships"/>,
    /// not in <see cref="Gazetteer.Divisions"/>.</summary>
    Township,
}
