using BenchmarkDotNet.Attributes;

namespace CapitalNetwork.Benchmarks;

/// <summary>
/// What every suite over a named graph shares: the <see cref="Graph"/> parameter, the network made once per process by
/// <see cref="BenchmarkData.Network"/>, and the memory diagnoser. A suite picks its graphs by deriving from one of the
/// parameter sets below (or fixes <see cref="Graph"/>); <see cref="OnSetup"/> adds its own setup.
/// </summary>
[MemoryDiagnoser]
public abstract class GraphBenchmark
{
    /// <summary>The network of <see cref="Graph"/>.</summary>
    protected FlowNetwork Network { get; private set; } = null!;

    /// <summary>Which graph (see <see cref="BenchmarkData.Network"/>).</summary>
    public abstract string Graph { get; set; }

    /// <summary>Loads the graph, then the suite's own setup.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Network = BenchmarkData.Network(Graph);
        OnSetup();
    }

    /// <summary>A suite's own setup, after the network is loaded.</summary>
    protected virtual void OnSetup()
    {
    }
}

/// <summary>The seeded synthetic graphs only: 10,000 nodes / 100,000 edges and 100,000 nodes / 1,000,000 edges.</summary>
public abstract class SyntheticGraphBenchmark : GraphBenchmark
{
    /// <inheritdoc />
    [Params("10k", "100k")]
    public override string Graph { get; set; } = "10k";
}

/// <summary>The city network and the 10k graph (measures whose 100k run would take hours: one search per node).</summary>
public abstract class CityAnd10kBenchmark : GraphBenchmark
{
    /// <inheritdoc />
    [Params("city", "10k")]
    public override string Graph { get; set; } = "city";
}

/// <summary>The city network, the 10k and the 100k graphs.</summary>
public abstract class AllGraphsBenchmark : GraphBenchmark
{
    /// <inheritdoc />
    [Params("city", "10k", "100k")]
    public override string Graph { get; set; } = "city";
}
