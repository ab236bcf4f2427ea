using BenchmarkDotNet.Attributes;

namespace CapitalNetwork.Benchmarks.Export;

/// <summary>Writing and reading GEXF 1.3 for the city network of 100,000 synthetic filings rows (to a discarding stream,
/// from memory): static, dynamic (the yearly snapshots on the cumulative timeline), and the dynamic read back into
/// snapshots.</summary>
[MemoryDiagnoser]
public class GexfWriterBenchmarks
{
    private FlowNetwork _network = null!;
    private NetworkSeries _series = null!;
    private byte[] _static = null!;
    private byte[] _dynamic = null!;

    [GlobalSetup]
    public void Setup()
    {
        var result = CityNetwork.FromFilings(BenchmarkData.FilingsFile(100_000));
        _network = result.Network;
        _series = result.Years;
        using var s = new MemoryStream();
        GexfWriter.Write(_network, s);
        _static = s.ToArray();
        using var d = new MemoryStream();
        GexfWriter.WriteDynamic(_series, d);
        _dynamic = d.ToArray();
    }

    [Benchmark]
    public long Write()
    {
        var sink = new CountingStream();
        GexfWriter.Write(_network, sink);
        return sink.Length;
    }

    [Benchmark]
    public long WriteDynamic()
    {
        var sink = new CountingStream();
        GexfWriter.WriteDynamic(_series, sink);
        return sink.Length;
    }

    [Benchmark]
    public int Read() => GexfReader.Read(new MemoryStream(_static), "static.gexf").EdgeCount;

    [Benchmark]
    public int ReadDynamic() => GexfReader.ReadDocument(new MemoryStream(_dynamic), "dynamic.gexf").Series!.Years.Count;
}
