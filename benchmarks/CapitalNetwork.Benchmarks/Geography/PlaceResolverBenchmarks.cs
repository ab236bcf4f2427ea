using BenchmarkDotNet.Attributes;

namespace CapitalNetwork.Benchmarks.Geography;

/// <summary>Resolving typical place texts (no cache).</summary>
[MemoryDiagnoser]
public class PlaceResolverBenchmarks
{
    private static readonly string[] Texts =
    [
        "浙江省宁波市北仑区梅山七星路88号", "广东-深圳", "江苏省昆山市玉山镇", "北京市海淀区中关村大街1号", "苏州工业园区", "朝阳区", "湘西州",
    ];

    private readonly PlaceResolver _resolver = PlaceResolver.Default;

    [Benchmark(OperationsPerInvoke = 7)]
    public int Resolve()
    {
        var n = 0;
        foreach (var t in Texts) if (_resolver.Resolve(t).IsResolved) n++;
        return n;
    }
}
