using BenchmarkDotNet.Attributes;
using CapitalNetwork.Export.Gexf;
using CapitalNetwork.Graph;

namespace CapitalNetwork.Benchmarks.Export;

/// <summary>Writing the city network of 100,000 synthetic filings rows as GEXF 1.3 (to a discarding stream).</summary>
[MemoryDiagnoser]
public class GexfWriterBenchmarks
{
    private FlowNetwork _network = null!;

    [GlobalSetup]
    public void Setup() => _network = CityNetwork.FromFilings(BenchmarkData.FilingsFile(100_000)).Network;

    [Benchmark]
    public long Write()
    {
        var sink = new CountingStream();
        GexfWriter.Write(_network, sink);
        return sink.Length;
    }

    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
