using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

internal static partial class MeasureCatalog
{
    /// <summary>
    /// Concentration and polarization of every node's in-strength (zeros included) under the chosen weight; null where
    /// a measure is undefined. <c>theil_t_between</c>, <c>theil_t_within</c>, <c>theil_t_grouped</c> and
    /// <c>esteban_ray</c> group the cities by the four mainland statistical regions (East, Central, West, Northeast);
    /// Hong Kong, Macao and Taiwan belong to no region and are left out of them, so between + within =
    /// <c>theil_t_grouped</c>, the Theil T of the 369 mainland cities, while <c>theil_t</c> is over every node. They are
    /// null for networks whose nodes are not cities; <c>esteban_ray</c> uses --alpha. <c>wolfson</c> needs no grouping
    /// and is computed for any network.
    /// </summary>
    private static readonly NetworkMeasure[] ConcentrationNetwork =
    [
        new("hhi", (n, c) => Figure(Concentration.Herfindahl(Attracted(n, c)))),
        new("hhi_normalized", (n, c) => Figure(Concentration.HerfindahlNormalized(Attracted(n, c)))),
        new("cr4", (n, c) => Figure(Concentration.ConcentrationRatio(Attracted(n, c), 4))),
        new("gini", (n, c) => Figure(Concentration.Gini(Attracted(n, c)))),
        new("theil_t", (n, c) => Figure(Concentration.TheilT(Attracted(n, c)).ToMeasureValue())),
        new("theil_l", (n, c) => Figure(Concentration.TheilL(Attracted(n, c)).ToMeasureValue())),
        new("cv", (n, c) => Figure(Concentration.CoefficientOfVariation(Attracted(n, c)))),
        new("theil_t_between", (n, c) => n.IsCityNetwork ? Defined(Concentration.TheilT(Attracted(n, c), RollUpLevel.Region), t => t.Between) : null),
        new("theil_t_within", (n, c) => n.IsCityNetwork ? Defined(Concentration.TheilT(Attracted(n, c), RollUpLevel.Region), t => t.Within) : null),
        new("theil_t_grouped", (n, c) => n.IsCityNetwork ? Defined(Concentration.TheilT(Attracted(n, c), RollUpLevel.Region), t => t.Total) : null),
        new("esteban_ray", (n, c) => n.IsCityNetwork ? Figure(Polarization.EstebanRay(Attracted(n, c), c.Alpha, RollUpLevel.Region).ToMeasureValue()) : null),
        new("wolfson", (n, c) => Figure(Polarization.Wolfson(Attracted(n, c)).ToMeasureValue())),
    ];

    private static Measures.NodeValues Attracted(FlowNetwork network, MeasureContext context) =>
        Centrality.InStrength(network, context.Weight);

    private static object? Figure(MeasureValue value) => value.IsDefined ? value.Value : null;

    private static object? Defined(TheilResult result, Func<TheilResult, double> part) => result.IsDefined ? part(result) : null;
}
