using static CapitalNetwork.Tests.Interchange.InterchangeTestData;

namespace CapitalNetwork.Tests.Interchange;

/// <summary>Parquet node and edge tables, read back through Parquet.Net (DuckDB reads them in tools/parquet-check).
/// Expected values: the written network itself, and the column list of the writer's documentation.</summary>
public class ParquetTests
{
    [Fact]
    public void SampleSeriesRoundTripsIdentically()
    {
        var series = Export.Gexf.GexfTestData.SampleIngest.Years!;
        var dir = Directory.CreateTempSubdirectory("capnet-parquet-").FullName;
        try
        {
            var written = ParquetNetworkWriter.WriteSeries(series, dir);
            Assert.Equal(2 + 2 * series.Years.Count, written.Count);
            var back = ParquetNetworkReader.ReadSeries(dir);
            var all = new[] { EdgeWeight.Funds, EdgeWeight.Links, EdgeWeight.Capital };
            AssertSame(series.Total, back.Total, all, registered: true);
            Assert.Equal(series.Years, back.Years);
            foreach (var y in series.Years) AssertSame(series[y], back[y], all, registered: true);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task TablesHaveTypedColumns()
    {
        var net = Sample;
        using var nodes = new MemoryStream();
        using var edges = new MemoryStream();
        ParquetNetworkWriter.WriteNodes(net, nodes, 2023);
        ParquetNetworkWriter.WriteEdges(net, edges);
        nodes.Position = 0;
        var schema = await Parquet.ParquetReader.ReadSchemaAsync(nodes);
        Assert.Equal(["index", "id", "label", "code", "province", "province_code", "region", "lon", "lat", "registered_funds",
            "funds_in", "funds_out", "links_in", "links_out", "capital_in", "capital_out", "year"], schema.GetDataFields().Select(f => f.Name));
        nodes.Position = 0;
        edges.Position = 0;
        AssertSame(net, ParquetNetworkReader.Read(nodes, edges), [EdgeWeight.Funds, EdgeWeight.Links, EdgeWeight.Capital], registered: true);
    }

    [Fact]
    public void NotParquetOrMissingColumnsFailWithTheFileName()
    {
        var e = Assert.Throws<NetworkFormatException>(() => ParquetNetworkReader.Read(new MemoryStream("id,label\n"u8.ToArray()), new MemoryStream(), "t"));
        Assert.Contains("t/nodes.parquet", e.Message);
        using var edges = new MemoryStream();
        ParquetNetworkWriter.WriteEdges(Sample, edges);
        edges.Position = 0;
        using var edges2 = new MemoryStream(edges.ToArray());
        var missing = Assert.Throws<NetworkFormatException>(() => ParquetNetworkReader.Read(edges, edges2, "t"));
        Assert.Contains("no column 'id'", missing.Message);
    }

    [Fact]
    public void ReadsTablesDuckDbWrote()
    {
        // TestData/interchange/duckdb was written by DuckDB 1.5.6 (tools/parquet-check/make-duckdb-fixture.cs) from capnet's
        // tables of ExportCommandTests' small filings: optional columns, BIGINT code and registered funds, edges reordered,
        // derived columns dropped, a column added. Expected: the network of the same filings.
        var dir = Directory.CreateTempSubdirectory("capnet-duck-").FullName;
        try
        {
            var expected = CityNetwork.FromFilings(Tests.Cli.ExportCommandTests.SmallFilings(dir)).Network;
            var back = ParquetNetworkReader.Read(Folder("duckdb"));
            AssertSame(expected, back, [EdgeWeight.Funds, EdgeWeight.Links, EdgeWeight.Capital], registered: true);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
