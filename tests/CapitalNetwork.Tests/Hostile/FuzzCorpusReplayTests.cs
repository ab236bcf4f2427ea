using System.Runtime.InteropServices;
using System.Text;

namespace CapitalNetwork.Tests.Hostile;

/// <summary>
/// Replays the committed fuzzing corpus (TestData/fuzz/{filings,place,gexf,pajek,dl}: the seeds, the AFL++ queue entries of the
/// runs recorded in fuzz/README.md, and every crashing input found, named crash-*) under the contract of
/// fuzz/Shared/FuzzTargets.cs, without AFL: an input may be refused only with the library's own format exception, the
/// ingest report must reconcile and keep no more diagnostics than the limit, and each file must finish in bounded time.
/// Each file must also have the outcome recorded in TestData/fuzz/outcomes.tsv — filings: refused and why, or read with
/// so many rows read and used; place: resolved to which city or not; GEXF: refused by the XML layer or by a GEXF rule,
/// or read with so many nodes and edges — which make_outcomes.py derives from the file's bytes with an independent
/// Python model of the documented rules (see TestData/fuzz/README.md).
/// </summary>
public class FuzzCorpusReplayTests
{
    private static readonly IngestOptions Ingest = IngestOptions.Default with
    {
        Read = FilingsReadOptions.Default with { MaxFieldLength = 256, MaxDiagnostics = 8 },
    };

    /// <summary>(corpus, file) → expected outcome, from TestData/fuzz/outcomes.tsv (make_outcomes.py).</summary>
    private static readonly Lazy<Dictionary<(string Corpus, string File), string>> Expected = new(() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz", "outcomes.tsv"))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(f => (f[0], f[1]), f => f[2]));

    private static string ExpectedOutcome(string corpus, string file) =>
        Expected.Value.TryGetValue((corpus, Path.GetFileName(file)), out var o)
            ? o
            : throw new Xunit.Sdk.XunitException($"{corpus}/{Path.GetFileName(file)} has no expected outcome: run TestData/fuzz/make_outcomes.py");

    /// <summary>The refusal reason of outcomes.tsv for a refusal's message (the problems FilingsReader documents).</summary>
    private static string Reason(FilingsFormatException e) => e.Problem switch
    {
        var p when p.StartsWith("the file is empty", StringComparison.Ordinal) => "empty",
        var p when p.Contains("NUL byte", StringComparison.Ordinal) => "binary",
        var p when p.StartsWith("the first line is blank or missing", StringComparison.Ordinal) => "blank_header",
        var p when p.StartsWith("no fund place column", StringComparison.Ordinal) => "no_fund_place",
        var p when p.StartsWith("no partner place or credit code column", StringComparison.Ordinal) => "no_partner_column",
        var p => "other: " + p,
    };

    private static string[] Files(string corpus)
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz", corpus));
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    [Fact]
    public void Filings_corpus_replays_cleanly()
    {
        var files = Files("filings");
        Assert.True(files.Length >= 6);
        var mismatches = new List<string>();
        foreach (var file in files)
        {
            var data = File.ReadAllBytes(file);
            string outcome;
            try
            {
                var report = CityNetwork.FromFilings(new MemoryStream(data), "fuzz.csv", Ingest).Report;
                Assert.True(report.Reconciles, $"{Path.GetFileName(file)}: the report does not reconcile");
                Assert.True(report.Diagnostics.Count <= Ingest.Read.MaxDiagnostics, Path.GetFileName(file));
                outcome = $"ok rows_read={report.RowsRead} rows_used={report.RowsUsed}";
            }
            catch (FilingsFormatException e)
            {
                outcome = "refused:" + Reason(e);
            }
            var expected = ExpectedOutcome("filings", file);
            if (outcome != expected) mismatches.Add($"{Path.GetFileName(file)}: expected {expected}, got {outcome}");
            try
            {
                EdgeListReader.Read(new MemoryStream(data), "fuzz.csv", null, Ingest.Read);
            }
            catch (FilingsFormatException)
            {
            }
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {files.Length} files:\n" + string.Join("\n", mismatches.Take(20)));
        // the corpus is not all refusals: outcomes.tsv has files read and files with used rows (the seeds among them)
        Assert.Contains(files, f => ExpectedOutcome("filings", f).StartsWith("ok", StringComparison.Ordinal) && !ExpectedOutcome("filings", f).EndsWith("rows_used=0", StringComparison.Ordinal));
    }

    [Fact]
    public void Place_corpus_replays_cleanly()
    {
        var files = Files("place");
        Assert.True(files.Length >= 15);
        var mismatches = new List<string>();
        foreach (var file in files)
        {
            var data = File.ReadAllBytes(file);
            var resolved = PlaceResolver.Default.Resolve(Encoding.UTF8.GetString(data));
            var outcome = resolved.IsResolved ? $"resolved:{resolved.Node!.Code:D6}" : "unresolved";
            var expected = ExpectedOutcome("place", file);
            if (outcome != expected) mismatches.Add($"{Path.GetFileName(file)}: expected {expected}, got {outcome}");
            foreach (var text in new[] { Encoding.UTF8.GetString(data), new string(MemoryMarshal.Cast<byte, char>(data.AsSpan(0, data.Length & ~1))) })
            {
                var place = PlaceResolver.Default.Resolve(text);
                Assert.Equal(place.IsResolved, place.Node is not null);
                PlaceResolver.Default.ResolveCreditCode(text);
                PlaceResolver.Default.Resolve(text, text);
            }
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {files.Length} files:\n" + string.Join("\n", mismatches.Take(20)));
    }

    [Fact]
    public void Gexf_corpus_replays_cleanly()
    {
        var files = Files("gexf");
        Assert.True(files.Length >= 3);
        var options = GexfReadOptions.Default with { MaxCharactersInDocument = 1 << 20 };
        var mismatches = new List<string>();
        foreach (var file in files)
        {
            string outcome;
            try
            {
                var net = GexfReader.Read(new MemoryStream(File.ReadAllBytes(file)), "fuzz.gexf", options);
                outcome = $"ok nodes={net.NodeCount} edges={net.EdgeCount}";
            }
            catch (GexfFormatException e)
            {
                // xml: the XML layer refused it (not well-formed, a DTD, an undecodable encoding); gexf: a GEXF rule
                outcome = e.Problem.StartsWith("not well-formed or refused XML", StringComparison.Ordinal) ||
                          e.Problem.StartsWith("the file cannot be decoded", StringComparison.Ordinal)
                    ? "refused:xml"
                    : "refused:gexf";
            }
            var expected = ExpectedOutcome("gexf", file);
            if (outcome != expected) mismatches.Add($"{Path.GetFileName(file)}: expected {expected}, got {outcome}");
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {files.Length} files:\n" + string.Join("\n", mismatches.Take(20)));
        Assert.Contains(files, f => ExpectedOutcome("gexf", f).StartsWith("ok", StringComparison.Ordinal));
    }

    [Fact]
    public void GraphML_corpus_replays_cleanly()
    {
        // Contract of fuzz/Shared/FuzzTargets.GraphMLReader: a file is read or refused with GraphMLFormatException only;
        // one that is read survives GraphMLWriter and reads back with the same counts, totals and attributes, and no warning.
        var files = Files("graphml");
        Assert.True(files.Length >= 4);
        var options = GraphMLReadOptions.Default with { MaxCharactersInDocument = 1 << 20 };
        var (read, refused) = (0, 0);
        foreach (var file in files)
        {
            GraphMLDocument doc;
            try
            {
                doc = GraphMLReader.ReadDocument(new MemoryStream(File.ReadAllBytes(file)), "fuzz.graphml", options);
            }
            catch (GraphMLFormatException)
            {
                refused++;
                continue;
            }
            read++;
            using var written = new MemoryStream();
            GraphMLWriter.Write(doc.Network, written, doc.ToOptions());
            var back = GraphMLReader.ReadDocument(new MemoryStream(written.ToArray()), "back.graphml");
            var name = Path.GetFileName(file);
            Assert.True(doc.Network.NodeCount == back.Network.NodeCount && doc.Network.EdgeCount == back.Network.EdgeCount, name);
            Assert.Equal(doc.Network.TotalWeight(EdgeWeight.Funds), back.Network.TotalWeight(EdgeWeight.Funds));
            Assert.Equal(doc.NodeAttributes.Count, back.NodeAttributes.Count);
            Assert.Empty(back.Diagnostics);
        }
        // the corpus is not all refusals (the seeds are read)
        Assert.True(read >= 4 && refused >= 1, $"read {read}, refused {refused}");
    }

    // Issue 20: the limits of fuzz/Shared/FuzzTargets.cs.
    private static readonly NetworkFileReadOptions NetworkFile = NetworkFileReadOptions.Default with
    {
        MaxNodes = 20_000, MaxEdges = 100_000, MaxLineLength = 4096, MaxCharacters = 1 << 20,
    };

    [Theory]
    [InlineData("pajek")]
    [InlineData("dl")]
    public void Network_file_corpus_replays_cleanly(string corpus)
    {
        var files = Files(corpus);
        Assert.True(files.Length >= 5);
        var mismatches = new List<string>();
        foreach (var file in files)
        {
            var data = File.ReadAllBytes(file);
            FlowNetwork Read(byte[] bytes, NetworkFileReadOptions options, List<Diagnostic>? list = null) => corpus == "pajek"
                ? PajekReader.Read(new MemoryStream(bytes), "fuzz.net", list is null ? null : list.Add, options)
                : DlReader.Read(new MemoryStream(bytes), "fuzz.dl", list is null ? null : list.Add, options);
            string outcome;
            try
            {
                var net = Read(data, NetworkFile);
                outcome = $"ok nodes={net.NodeCount} edges={net.EdgeCount}";
                // The harness's property: written (names = ids) and read again, the same counts and total, no diagnostic.
                var text = new StringWriter();
                if (corpus == "pajek") PajekWriter.Write(net, text, new PajekOptions { Names = VertexNames.Ids });
                else DlWriter.Write(net, text, new DlOptions { Names = VertexNames.Ids, Layout = DlLayout.EdgeList1 });
                var issues = new List<Diagnostic>();
                var again = Read(Encoding.UTF8.GetBytes(text.ToString()), NetworkFile, issues);
                Assert.True(issues.Count == 0, $"{Path.GetFileName(file)}: written and read again with {issues.FirstOrDefault()}");
                Assert.Equal((net.NodeCount, net.EdgeCount, net.TotalWeight(EdgeWeight.Funds)), (again.NodeCount, again.EdgeCount, again.TotalWeight(EdgeWeight.Funds)));
            }
            catch (NetworkFormatException)
            {
                outcome = "refused:file";
            }
            try
            {
                Read(data, NetworkFile with { Strict = true });
            }
            catch (NetworkFormatException)
            {
            }
            var expected = ExpectedOutcome(corpus, file);
            if (outcome != expected) mismatches.Add($"{Path.GetFileName(file)}: expected {expected}, got {outcome}");
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {files.Length} files:\n" + string.Join("\n", mismatches.Take(20)));
        Assert.Contains(files, f => ExpectedOutcome(corpus, f).StartsWith("ok", StringComparison.Ordinal));
    }
}
