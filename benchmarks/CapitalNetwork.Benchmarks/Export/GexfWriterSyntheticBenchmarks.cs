using BenchmarkDotNet.Attributes;

namespace CapitalNetwork.Benchmarks.Export;

/// <summary>
/// Writing a static GEXF 1.3 file (default options: every attribute, colours, sizes, positions) for the seeded
/// synthetic graphs of 10,000 nodes / 100,000 edges and 100,000 nodes / 1,000,000 edges, to a byte-counting stream.
/// The city network's figures are <see cref="GexfWriterBenchmarks"/>.
/// </summary>
public class GexfWriterSyntheticBenchmarks : SyntheticGraphBenchmark
{
    /// <summary>Bytes written.</summary>
    [Benchmark]
    public long Write()
    {
        var sink = new CountingStream();
        GexfWriter.Write(Network, sink);
        return sink.Length;
    }
}
