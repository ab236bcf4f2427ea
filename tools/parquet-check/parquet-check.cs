#:package DuckDB.NET.Data.Full
// Reads capnet's Parquet tables back with DuckDB (DuckDB.NET.Data.Full 1.5.6.1, DuckDB 1.5.x, native library in the
// package) and compares them with capnet's Gephi spreadsheet export of the same network, which another writer makes
// from the network: node count, labels, edge count, the sums of funds, links and capital, every edge's three weights,
// and that the yearly tables add up to the whole network. Then runs the README's query and prints its result.
//   capnet export examples/data/sample-filings.csv -f parquet --dynamic -o /tmp/pq
//   capnet export examples/data/sample-filings.csv -f gephi-csv --raw-csv -o /tmp/gephi
//   dotnet run tools/parquet-check/parquet-check.cs -- /tmp/pq /tmp/gephi
// Exits 1 on any difference. Not part of the test suite: it needs DuckDB's native library.
using System.Globalization;
using DuckDB.NET.Data;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run tools/parquet-check/parquet-check.cs -- PARQUET_DIR GEPHI_CSV_DIR");
    return 2;
}
var pq = Path.GetFullPath(args[0]).Replace("'", "''");
var gephi = Path.GetFullPath(args[1]).Replace("'", "''");
using var db = new DuckDBConnection("DataSource=:memory:");
db.Open();
var failures = 0;

object? Scalar(string sql)
{
    using var cmd = db.CreateCommand();
    cmd.CommandText = sql;
    return cmd.ExecuteScalar();
}

void Check(string what, string oursSql, string duckSql)
{
    var ours = Convert.ToString(Scalar(oursSql), CultureInfo.InvariantCulture);
    var theirs = Convert.ToString(Scalar(duckSql), CultureInfo.InvariantCulture);
    var ok = ours == theirs;
    if (!ok) failures++;
    Console.WriteLine($"{(ok ? "ok " : "BAD")} {what,-62} {ours,20} {theirs,20}");
}

Console.WriteLine($"DuckDB {Scalar("SELECT version()")} via DuckDB.NET; columns \"gephi csv\" (ours, another writer) and \"parquet\" (read by DuckDB)");
var nodesCsv = $"read_csv('{gephi}/nodes.csv', header = true, all_varchar = true)";
var edgesCsv = $"read_csv('{gephi}/edges.csv', header = true, types = {{'funds': 'DOUBLE', 'links': 'DOUBLE', 'capital': 'DOUBLE'}})";
var nodes = $"'{pq}/nodes.parquet'";
var edges = $"'{pq}/edges.parquet'";
Check("node count", $"SELECT count(*) FROM {nodesCsv}", $"SELECT count(*) FROM {nodes}");
Check("nodes whose id and label match", $"SELECT count(*) FROM {nodesCsv}", $"SELECT count(*) FROM {nodes} n JOIN {nodesCsv} g ON n.id = g.Id AND n.label = g.Label");
Check("edge count", $"SELECT count(*) FROM {edgesCsv}", $"SELECT count(*) FROM {edges}");
foreach (var w in new[] { "funds", "links", "capital" })
    Check($"sum of {w}", $"SELECT sum({w}) FROM {edgesCsv}", $"SELECT sum({w}) FROM {edges}");
Check("edges whose three weights match", $"SELECT count(*) FROM {edgesCsv}",
    $"SELECT count(*) FROM {edges} e JOIN {edgesCsv} g ON e.source = g.Source AND e.target = g.Target AND e.funds = g.funds AND e.links = g.links AND e.capital = g.capital");
Check("column types (nodes.parquet)", "SELECT 'INTEGER VARCHAR VARCHAR INTEGER VARCHAR INTEGER VARCHAR DOUBLE DOUBLE DOUBLE DOUBLE DOUBLE DOUBLE DOUBLE DOUBLE DOUBLE INTEGER'",
    $"SELECT string_agg(column_type, ' ' ORDER BY rowid) FROM (SELECT row_number() OVER () AS rowid, column_type FROM (DESCRIBE SELECT * FROM {nodes}))");
Check("sum of yearly funds = whole network (all funds dated)", $"SELECT sum(funds) FROM {edges}", $"SELECT sum(funds) FROM '{pq}/edges-*.parquet'");
Check("yearly registered funds = whole network", $"SELECT sum(registered_funds) FROM {nodes}", $"SELECT sum(registered_funds) FROM '{pq}/nodes-*.parquet'");

Console.WriteLine();
var query = $"""
    SELECT n.label AS city, n.region, sum(e.funds) AS funds_in, round(sum(e.capital) / 1e8, 2) AS capital_yi
    FROM '{pq}/edges-*.parquet' e JOIN '{pq}/nodes.parquet' n ON e.target = n.id
    WHERE e.source <> e.target AND e.year >= 2021
    GROUP BY ALL ORDER BY funds_in DESC, city LIMIT 5
    """;
Console.WriteLine(query.Replace(pq, "parquet"));
using (var cmd = db.CreateCommand())
{
    cmd.CommandText = query;
    using var r = cmd.ExecuteReader();
    Console.WriteLine(string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(r.GetName)));
    while (r.Read())
        Console.WriteLine(string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))));
}
Console.WriteLine($"{failures} differences");
return failures == 0 ? 0 : 1;
