using System.IO.Compression;
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

    /// <summary>
    /// Spreadsheets (issue 17): the bytes through the filings ingest and the indicator-table reader as a workbook. An input
    /// starting with 'x' is the XML of the first sheet of an otherwise valid .xlsx built around it (shared strings, a date
    /// style, a second sheet), so that mutations reach the sheet parser, the header search, merged cells and the cell
    /// conversions rather than dying in the zip layer; any other input is taken as the workbook's bytes as they are (an
    /// .xlsx zip or an .xls compound file, told by its first bytes). The report must reconcile.
    /// </summary>
    public static void Spreadsheet(byte[] data)
    {
        var book = data.Length > 0 && data[0] == (byte)'x' ? Xlsx(data.AsSpan(1)) : data;
        try
        {
            var report = CityNetwork.FromFilings(new MemoryStream(book), "fuzz.xlsx", Ingest).Report;
            if (!report.Reconciles) throw new InvalidOperationException($"the report does not reconcile: {report}");
            if (report.Diagnostics.Count > Ingest.Read.MaxDiagnostics) throw new InvalidOperationException("more diagnostics kept than the limit");
            if (report.Diagnostics.Any(d => d.Cell is null)) throw new InvalidOperationException("a workbook diagnostic without its cell");
        }
        catch (FilingsFormatException)
        {
        }
        try
        {
            Measures.IndicatorTable.Read(new MemoryStream(book), "fuzz.xlsx");
        }
        catch (FilingsFormatException)
        {
        }
    }

    private static readonly byte[] SheetHead = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");

    /// <summary>An .xlsx whose first sheet's XML is <c>worksheet</c> head + <paramref name="sheet"/> (as given).</summary>
    internal static byte[] Xlsx(ReadOnlySpan<byte> sheet)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        const string pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, ReadOnlySpan<byte> bytes)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                s.Write(bytes);
            }
            void Text(string name, string text) => Add(name, Encoding.UTF8.GetBytes(text));
            Text("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
            Text("_rels/.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{pkg}\"><Relationship Id=\"rId1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Text("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"备注\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
            Text("xl/_rels/workbook.xml.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{pkg}\">"
                + $"<Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                + $"<Relationship Id=\"rId3\" Type=\"{rel}/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId4\" Type=\"{rel}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            Text("xl/styles.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"{main}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\"/></numFmts>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            Text("xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{main}\" count=\"12\" uniqueCount=\"12\">"
                + string.Concat(new[] { "基金编号", "注册地", "备案时间", "合伙人名称", "所在地", "认缴出资额（万元）", "深圳市南山区", "北京市海淀区", "自然人", "统一社会信用代码", "91320583MA1K4XH30F", "名称" }
                    .Select(t => $"<si><t>{t}</t></si>")) + "</sst>");
            var sheet1 = new byte[SheetHead.Length + sheet.Length];
            SheetHead.CopyTo(sheet1, 0);
            sheet.CopyTo(sheet1.AsSpan(SheetHead.Length));
            Add("xl/worksheets/sheet1.xml", sheet1);
            Text("xl/worksheets/sheet2.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
        }
        return output.ToArray();
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
