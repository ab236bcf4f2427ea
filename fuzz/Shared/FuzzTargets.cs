using System.Runtime.InteropServices;
using System.Text;

namespace CapitalNetwork.Fuzz;

/// <summary>
/// The fuzz targets and their contract: any input may be refused only with the library's own format exception
/// (<see cref="FilingsFormatException"/>, <see cref="GexfFormatException"/>, <see cref="GraphMLFormatException"/>, <see cref="NetworkFormatException"/>); any other exception, a report that does
/// not reconcile, or a hang is a finding. tests/CapitalNetwork.Tests/Hostile/FuzzCorpusReplayTests.cs replays the
/// committed corpus (tests/CapitalNetwork.Tests/TestData/fuzz/) under the same contract in CI.
/// </summary>
public static class FuzzTargets
{
    // Small limits so that the fuzzer reaches them with small inputs.
    private static readonly IngestOptions Ingest = IngestOptions.Default with
    {
        Read = FilingsReadOptions.Default with { MaxFieldLength = 256, MaxDiagnostics = 8 },
    };

    private static readonly GexfReadOptions Gexf = GexfReadOptions.Default with { MaxCharactersInDocument = 1 << 20 };

    private static readonly GraphMLReadOptions GraphML = GraphMLReadOptions.Default with { MaxCharactersInDocument = 1 << 20 };

    /// <summary>Filings reader and ingest (and the edge-list reader, which shares the text layer).</summary>
    public static void Filings(byte[] data)
    {
        try
        {
            var report = CityNetwork.FromFilings(new MemoryStream(data), "fuzz.csv", Ingest).Report;
            if (!report.Reconciles) throw new InvalidOperationException($"the report does not reconcile: {report}");
            if (report.Diagnostics.Count > Ingest.Read.MaxDiagnostics) throw new InvalidOperationException("more diagnostics kept than the limit");
        }
        catch (FilingsFormatException)
        {
        }
        try
        {
            EdgeListReader.Read(new MemoryStream(data), "fuzz.csv", null, Ingest.Read);
        }
        catch (FilingsFormatException)
        {
        }
    }

    /// <summary>Place resolver: the bytes as UTF-8 text and as raw UTF-16 code units (lone surrogates included).</summary>
    public static void PlaceResolver(byte[] data)
    {
        Resolve(Encoding.UTF8.GetString(data));
        Resolve(new string(MemoryMarshal.Cast<byte, char>(data.AsSpan(0, data.Length & ~1))));
    }

    private static void Resolve(string text)
    {
        var r = global::CapitalNetwork.PlaceResolver.Default;
        var place = r.Resolve(text);
        if (place.IsResolved != (place.Node is not null)) throw new InvalidOperationException("a resolution without a node, or a failure with one");
        r.ResolveCreditCode(text);
        r.Resolve(text, text);
    }

    // Issue 20: small limits so that the fuzzer reaches them with small inputs.
    private static readonly NetworkFileReadOptions NetworkFile = NetworkFileReadOptions.Default with
    {
        MaxNodes = 20_000, MaxEdges = 100_000, MaxLineLength = 4096, MaxCharacters = 1 << 20,
    };

    /// <summary>Pajek reader, lenient and strict; a network it reads must survive PajekWriter → PajekReader with the same
    /// node count, edge count and weight total, and without any diagnostic.</summary>
    public static void PajekReader(byte[] data)
    {
        var lenient = ReadNetwork(() => global::CapitalNetwork.PajekReader.Read(new MemoryStream(data), "fuzz.net", null, NetworkFile));
        ReadNetwork(() => global::CapitalNetwork.PajekReader.Read(new MemoryStream(data), "fuzz.net", null, NetworkFile with { Strict = true }));
        if (lenient is null) return;
        var text = new StringWriter();
        PajekWriter.Write(lenient, text, new PajekOptions { Names = VertexNames.Ids });
        var issues = new List<Diagnostic>();
        var back = global::CapitalNetwork.PajekReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "again.net", issues.Add, NetworkFile);
        Same(lenient, back, issues);
    }

    /// <summary>DL reader, lenient and strict; a network it reads must survive DlWriter (edge list) → DlReader with the same
    /// node count, edge count and weight total, and without any diagnostic.</summary>
    public static void DlReader(byte[] data)
    {
        var lenient = ReadNetwork(() => global::CapitalNetwork.DlReader.Read(new MemoryStream(data), "fuzz.dl", null, NetworkFile));
        ReadNetwork(() => global::CapitalNetwork.DlReader.Read(new MemoryStream(data), "fuzz.dl", null, NetworkFile with { Strict = true }));
        if (lenient is null) return;
        var text = new StringWriter();
        DlWriter.Write(lenient, text, new DlOptions { Names = VertexNames.Ids, Layout = DlLayout.EdgeList1 });
        var issues = new List<Diagnostic>();
        var back = global::CapitalNetwork.DlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "again.dl", issues.Add, NetworkFile);
        Same(lenient, back, issues);
    }

    private static FlowNetwork? ReadNetwork(Func<FlowNetwork> read)
    {
        try
        {
            return read();
        }
        catch (NetworkFormatException)
        {
            return null;
        }
    }

    private static void Same(FlowNetwork first, FlowNetwork again, List<Diagnostic> issues)
    {
        if (issues.Count > 0) throw new InvalidOperationException($"the written file reads with diagnostics: {issues[0]}");
        if (first.NodeCount != again.NodeCount || first.EdgeCount != again.EdgeCount)
            throw new InvalidOperationException($"written and read again: {first.NodeCount}/{first.EdgeCount} became {again.NodeCount}/{again.EdgeCount}");
        if (first.TotalWeight(EdgeWeight.Funds) != again.TotalWeight(EdgeWeight.Funds))
            throw new InvalidOperationException("written and read again: the weight total changed");
    }

    /// <summary>GEXF reader.</summary>
    public static void GexfReader(byte[] data)
    {
        try
        {
            global::CapitalNetwork.GexfReader.Read(new MemoryStream(data), "fuzz.gexf", Gexf);
        }
        catch (GexfFormatException)
        {
        }
    }

    /// <summary>GraphML reader; a file it reads must also survive <see cref="GraphMLWriter"/> and read back with the same
    /// node and edge counts, total weights and node attributes.</summary>
    public static void GraphMLReader(byte[] data)
    {
        GraphMLDocument doc;
        try
        {
            doc = global::CapitalNetwork.GraphMLReader.ReadDocument(new MemoryStream(data), "fuzz.graphml", GraphML);
        }
        catch (GraphMLFormatException)
        {
            return;
        }
        using var written = new MemoryStream();
        GraphMLWriter.Write(doc.Network, written, doc.ToOptions());
        var back = global::CapitalNetwork.GraphMLReader.ReadDocument(new MemoryStream(written.ToArray()), "back.graphml");
        var (a, b) = (doc.Network, back.Network);
        if (a.NodeCount != b.NodeCount || a.EdgeCount != b.EdgeCount || back.Diagnostics.Count != 0 ||
            a.TotalWeight(EdgeWeight.Funds) != b.TotalWeight(EdgeWeight.Funds) || a.TotalWeight(EdgeWeight.Capital) != b.TotalWeight(EdgeWeight.Capital) ||
            doc.NodeAttributes.Count != back.NodeAttributes.Count)
            throw new InvalidOperationException($"the GraphML written from {a} reads back as {b} ({back.Diagnostics.Count} warnings)");
    }
}
