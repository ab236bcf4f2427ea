using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;

/// <summary>
/// Every measure of the structure issue on the city network (372 cities) in one call, as <c>capnet measures</c> and
/// <c>capnet blocks</c> would compute them: density, reciprocity (edgewise and dyadic), transitivity, connectedness,
/// hierarchy, efficiency, LUB, the four Freeman centralizations, the E–I index with UCINET's companions and a 1,000-label
/// permutation test over the four regions, Burt's constraint and effective size, the five Gould–Fernandez brokerage
/// roles, and the CONCOR block model (depth 2). <see cref="AllButConcor"/> leaves the block model out.
/// </summary>
public class StructureBenchmarks : GraphBenchmark
{
    private Grouping _regions = null!;

    /// <inheritdoc />
    [Params("city")]
    public override string Graph { get; set; } = "city";

    /// <inheritdoc />
    protected override void OnSetup() => _regions = Grouping.ByRegion(Network);

    [Benchmark]
    public double AllTogether() => AllButConcor() + BlockModel.Concor(Network).NetworkDensity;

    [Benchmark]
    public double AllButConcor()
    {
        var n = Network;
        var s = Structure.Density(n).Value + Structure.Reciprocity(n, ReciprocityMeasure.Edgewise).Value
            + Structure.Reciprocity(n, ReciprocityMeasure.Dyadic).Value + Structure.Transitivity(n).Value
            + Structure.Connectedness(n).Value + Structure.Hierarchy(n).Value + Structure.Efficiency(n).Value
            + Structure.Lub(n).Value + Structure.DegreeCentralization(n).Value + Structure.InDegreeCentralization(n).Value
            + Structure.OutDegreeCentralization(n).Value + Structure.BetweennessCentralization(n).Value
            + Structure.EiIndexTest(n, _regions).Rescaled;
        s += StructuralHoles.Constraint(n).Values[0] + StructuralHoles.EffectiveSize(n).Values[0];
        return s + StructuralHoles.Brokerage(n, _regions).Total.Sum;
    }
}
