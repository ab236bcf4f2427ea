namespace CapitalNetwork.Gexf;

/// <summary>Namespaces and attribute titles shared by <see cref="GexfWriter"/> and <see cref="GexfReader"/> (implementation only).</summary>
internal static class XmlNames
{
    public const string Namespace = "http://gexf.net/1.3";
    public const string VizNamespace = "http://gexf.net/1.3/viz";

    // City attributes (written for city networks only).
    public const string Code = "code";
    public const string Province = "province";
    public const string ProvinceCode = "province_code";
    public const string Region = "region";
    public const string RegionZh = "region_zh";
    public const string Longitude = "lng";
    public const string Latitude = "lat";

    // Node figures (every network).
    public const string InDegree = "in_degree";
    public const string OutDegree = "out_degree";
    public const string FundsRegistered = "funds_registered";
    public const string FundsIn = "funds_in";
    public const string FundsOut = "funds_out";
    public const string LinksIn = "links_in";
    public const string LinksOut = "links_out";
    public const string CapitalIn = "capital_in";
    public const string CapitalOut = "capital_out";
    public const string LocalFunds = "local_funds";
    public const string LocalLinks = "local_links";
    public const string LocalCapital = "local_capital";

    // Edge attributes.
    public const string Funds = "funds";
    public const string Links = "links";
    public const string Capital = "capital";
}
