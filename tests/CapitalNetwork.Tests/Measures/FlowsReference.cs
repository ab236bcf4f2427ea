using System.Globalization;

namespace CapitalNetwork.Tests.Measures;

/// <summary>The city network of TestData/concentration/flows.csv (city codes, funds, links, capital), built on all 372 cities.</summary>
internal static class FlowsReference
{
    public static FlowNetwork Network()
    {
        var b = FlowNetworkBuilder.ForCities(Gazetteer.Default);
        foreach (var r in ConcentrationReference.ReadCsv("flows.csv"))
            b.AddFlow(b.IndexOf(r["source"]), b.IndexOf(r["target"]),
                double.Parse(r["funds"], CultureInfo.InvariantCulture), double.Parse(r["links"], CultureInfo.InvariantCulture),
                double.Parse(r["capital"], CultureInfo.InvariantCulture));
        return b.Build();
    }
}
