using BenchmarkDotNet.Attributes;

namespace CapitalNetwork.Benchmarks.Export.Tables;

/// <summary>Gephi spreadsheet tables (static and dynamic) and graphology JSON of the city network of 100,000 synthetic
/// filings rows, written to memory.</summary>
[MemoryDiagnoser]
public class GephiCsvWriterBenchmarks
{
    private FlowNetwork _network = null!;
    private NetworkSeries _series = null!;

    [GlobalSetup]
    public void Setup()
    {
        var result = CityNetwork.FromFilings(BenchmarkData.FilingsFile(100_000));
        _network = result.Network;
        _series = result.Years;
    }

    [Benchmark]
    public int WriteStatic()
    {
        var nodes = new StringWriter();
        var edges = new StringWriter();
        GephiCsvWriter.WriteNodes(_network, nodes);
        GephiCsvWriter.WriteEdges(_network, edges);
        return nodes.GetStringBuilder().Length + edges.GetStringBuilder().Length;
    }

    [Benchmark]
    public int WriteDynamic()
    {
        var nodes = new StringWriter();
        var edges = new StringWriter();
        GephiCsvWriter.WriteDynamic(_series, nodes, edges);
        return nodes.GetStringBuilder().Length + edges.GetStringBuilder().Length;
    }

    [Benchmark]
    public int WriteJson() => NetworkJsonWriter.WriteToString(_network).Length;
}
