using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Measures;

/// <summary>
/// CONCOR (<see cref="BlockModel.Concor"/>, depth 2, binary ties) under both diagonal rules on the city network and the
/// synthetic graphs of 1,000 and 2,000 nodes (10 edges per node). The first correlations come from the sparse ties, each
/// iteration of a split of g members costs O(g³/2) multiply-adds, memory O(g²): the 10k graph takes minutes and is
/// left out (see benchmarks/results/structure.md for its one-off timing and the comparison with R).
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
