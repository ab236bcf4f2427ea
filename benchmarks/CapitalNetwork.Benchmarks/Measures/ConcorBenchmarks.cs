using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;

/// <summary>
/// CONCOR (<see cref="BlockModel.Concor"/>, depth 2, binary ties) under both diagonal rules on the city network and the
/// synthetic graphs of 1,000 and 2,000 nodes (10 edges per node). The first correlations cost O(n³), each iteration of
/// a split O(g³) for a block of g members, memory O(n²) (dense n × n matrices): the 10k graph is left out (see
/// benchmarks/results/structure.md for one-off timings and the measured growth).
/// </summary>
public class ConcorBenchmarks : GraphBenchmark
{
    /// <inheritdoc />
    [Params("city", "1k", "2k")]
    public override string Graph { get; set; } = "city";

    [Benchmark]
    public int ConcorIgnore() => BlockModel.Concor(Network).Blocks.Length;

    [Benchmark]
    public int ConcorReciprocal() => BlockModel.Concor(Network, new ConcorOptions { Diagonal = ConcorDiagonal.Reciprocal }).Blocks.Length;
}
