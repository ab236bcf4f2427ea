using CsCheck;

namespace CapitalNetwork.Tests.Properties;

/// <summary>
/// <see cref="PropertyGen.SampleSeeded{T}"/> checks the same inputs on every run: two runs draw the same values, and the
/// iterations draw different values (they do not all replay one seed). Expected values: the run itself, twice.
/// </summary>
public class SeededSamplingTests
{
    private static List<long> Draw(int iterations)
    {
        var seen = new List<long>();
        Gen.Long.SampleSeeded(seen.Add, iterations: iterations);
        return seen;
    }

    [Fact]
    public void Two_runs_draw_the_same_inputs()
    {
        var first = Draw(50);
        Assert.Equal(50, first.Count);
        Assert.Equal(first, Draw(50));
        Assert.True(first.Distinct().Count() >= 45, "the iterations must draw different inputs");
    }

    [Fact]
    public void Each_iteration_replays_its_seed_alone()
    {
        // iteration i is Sample(seed: IterationSeed(i, master), iter: 1): exactly one call of the assertion, with the
        // value that seed generates
        var seed = PropertyGen.IterationSeed(7, PropertyGen.MasterSeed);
        var calls = new List<long>();
        Gen.Long.Sample(calls.Add, seed: seed, iter: 1, threads: 1);
        Assert.Single(calls);
        Assert.Equal(Draw(8)[7], calls[0]);
        Assert.NotEqual(PropertyGen.IterationSeed(7, PropertyGen.MasterSeed), PropertyGen.IterationSeed(8, PropertyGen.MasterSeed));
    }
}
