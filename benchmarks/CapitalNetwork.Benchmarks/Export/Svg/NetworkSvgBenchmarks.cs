using BenchmarkDotNet.Attributes;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Benchmarks.Export.Svg;

/// <summary>Pictures of the city network of 100,000 synthetic filings rows: the map (372 cities, 150 strongest flows, 30
/// labels), a force-directed layout of the province roll-up (34 nodes, 300 iterations) and the Lorenz chart.</summary>
[MemoryDiagnoser]
public class NetworkSvgBenchmarks
{
    private FlowNetwork _network = null!;
    private FlowNetwork _provinces = null!;

    [GlobalSetup]
    public void Setup()
    {
        _network = BenchmarkData.Network("city");
        _provinces = _network.RollUp(RollUpLevel.Province);
    }

    [Benchmark]
    public int DrawMap() => NetworkSvg.Draw(_network).Text.Length;

    [Benchmark]
    public int DrawForceDirected() => NetworkSvg.Draw(_provinces, new NetworkSvgOptions { Layout = NetworkLayout.ForceDirected }).Text.Length;

    [Benchmark]
    public int LorenzChart() => SvgCharts.LorenzCurve(Centrality.InStrength(_network, EdgeWeight.Funds)).Text.Length;
}
