using static CapitalNetwork.Gexf.XmlNames;

namespace CapitalNetwork.Gexf;

/// <summary>Attribute names of dynamic files, the network-attribute block and the names the writers reserve for
/// themselves, shared by <see cref="GexfWriter"/>, <see cref="GexfReader"/> and the CSV/JSON
/// writers (implementation only; the static names are in <see cref="XmlNames"/>).</summary>
internal static class AttributeNames
{
    // Dynamic files: the dynamic edge weight (Gephi keys on the id "weight") and the suffixes of dynamic figures.
    public const string Weight = "weight";
    public const string YearSuffix = "_year";
    public const string CumulativeSuffix = "_cumulative";

    /// <summary>The line that opens the network-attribute block in &lt;meta&gt;&lt;description&gt;.</summary>
    public const string NetworkAttributesHeader = "network attributes:";

    /// <summary>Node figures that change by year in dynamic files (base names; the suffix says per year or cumulative), in file order.</summary>
    public static readonly string[] DynamicNodeFigures =
    [
        InDegree, OutDegree, FundsRegistered, FundsIn, FundsOut, LinksIn, LinksOut, CapitalIn, CapitalOut,
        LocalFunds, LocalLinks, LocalCapital,
    ];

    /// <summary>Every attribute name the writers produce themselves (static and dynamic forms): user attributes must differ.</summary>
    public static readonly HashSet<string> BuiltIn = BuildBuiltIn();

    /// <summary>The attributes written for city networks only.</summary>
    public static readonly HashSet<string> CityAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        Code, Province, ProvinceCode, Region, RegionZh, Longitude, Latitude,
    };

    /// <summary>Whether the writers produce an attribute of this name (ignoring case) for a city or a plain network.</summary>
    public static bool Taken(string name, bool city) =>
        BuiltIn.Contains(name) && (city || !CityAttributes.Contains(name));

    private static HashSet<string> BuildBuiltIn()
    {
        string[] statics =
        [
            Code, Province, ProvinceCode, Region, RegionZh, Longitude, Latitude, InDegree, OutDegree, FundsRegistered,
            FundsIn, FundsOut, LinksIn, LinksOut, CapitalIn, CapitalOut, LocalFunds, LocalLinks, LocalCapital, Funds, Links,
            Capital, "label", "id",
        ];
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in statics)
        {
            set.Add(s);
            set.Add(s + YearSuffix);
            set.Add(s + CumulativeSuffix);
        }
        return set;
    }
}
