using BenchmarkDotNet.Attributes;
using CapitalNetwork.Graph;

namespace CapitalNetwork.Benchmarks.Measures.Centrality;

/// <summary>
/// What every centrality suite shares: the graph parameter, the network built once per process
/// (<see cref="CentralityBenchmarkGraphs"/>) and the memory diagnoser. <see cref="OnSetup"/> adds a suite's own setup.
/// </summary>
[MemoryDiagnoser]
public abstract class CentralityBenchmark
{
    /// <summary>The network of <see cref="Graph"/>.</summary>
    protected FlowNetwork Network { get; private set; } = null!;

    /// <summary>Which graph (see CentralityBenchmarkGraphs).</summary>
    public abstract string Graph { get; set; }

    /// <summary>Loads the graph, then the suite's own setup.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Network = CentralityBenchmarkGraphs.Get(Graph);
        OnSetup();
    }

    /// <summary>A suite's own setup, after the network is loaded.</summary>
    protected virtual void OnSetup()
    {
    }
}

/// <summary>Path measures (one search per node): the city network and the 10k graph (the 100k graph would take hours).</summary>
public abstract class PathCentralityBenchmark : CentralityBenchmark
{
    /// <inheritdoc />
    [Params("city", "10k")]
    public override string Graph { get; set; } = "city";
}

/// <summary>Iterative measures (sparse products): the city network, the 10k and the 100k graphs.</summary>
public abstract class IterativeCentralityBenchmark : CentralityBenchmark
{
    /// <inheritdoc />
    [Params("city", "10k", "100k")]
    public override string Graph { get; set; } = "city";
}
