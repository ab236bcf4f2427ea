#:package DuckDB.NET.Data.Full
// Writes tests/CapitalNetwork.Tests/TestData/interchange/duckdb/{nodes,edges}.parquet with DuckDB 1.5.6 (DuckDB.NET.Data.Full 1.5.6.1), as a user
// would make them from capnet's tables: every column optional (DuckDB's way), the city code as BIGINT, registered funds
// as BIGINT, the edges in another order, derived columns dropped and a column of their own added.
// Input: the small filings of ExportCommandTests.SmallFilings, exported by capnet:
//   capnet export filings.csv -f parquet -o /tmp/small
//   dotnet run tools/parquet-check/make-duckdb-fixture.cs -- /tmp/small tests/CapitalNetwork.Tests/TestData/interchange/duckdb
// ParquetTests.ReadsTablesDuckDbWrote reads them back and compares them with the network of the same filings.
using DuckDB.NET.Data;

var (input, output) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));
using var db = new DuckDBConnection("DataSource=:memory:");
db.Open();
using var cmd = db.CreateCommand();
cmd.CommandText = $"""
    COPY (SELECT id, label, CAST(code AS BIGINT) AS code, CAST(registered_funds AS BIGINT) AS registered_funds, 'from duckdb' AS note
          FROM '{input}/nodes.parquet' ORDER BY index) TO '{output}/nodes.parquet' (FORMAT parquet);
    COPY (SELECT target, source, capital, links, funds FROM '{input}/edges.parquet' ORDER BY capital DESC, source, target)
          TO '{output}/edges.parquet' (FORMAT parquet);
    """;
cmd.ExecuteNonQuery();
Console.WriteLine($"DuckDB {new DuckDBCommand("SELECT version()", db).ExecuteScalar()} wrote {output}/nodes.parquet and edges.parquet");
