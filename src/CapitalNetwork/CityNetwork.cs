using System.Text.Json;
using CapitalNetwork.Ingest;

namespace CapitalNetwork;

/// <summary>
/// Builds the city-to-city capital network from a filings file: each row (fund–partner pair) is resolved to a
/// partner city and a fund city and counted on the edge partner city → fund city: one partner link, its subscribed
/// capital, and the fund once per edge (distinct funds). Same-city pairs are local capital (self-loops).
/// </summary>
/// <remarks>
/// <para>Rules: a fund is identified by <c>fund_id</c> (else <c>fund_name</c>); its filing date is the first one seen
/// (later rows that disagree get an <see cref="DiagnosticCode.InconsistentFilingDate"/> warning), and it decides
/// the year snapshot and the date window. A repeated fund–partner pair (same fund, same partner credit code or
/// name) is rejected as <see cref="DiagnosticCode.DuplicatePair"/> so capital is not counted twice. The partner's
/// place is resolved first and its credit code is the fallback.</para>
/// <para>The result, the diagnostics and their order are those of a sequential read of the file, whatever the number
/// of threads.</para>
/// <para>Cost: O(rows) time; rows are streamed. Memory grows with the distinct funds, fund–partner pairs and
/// fund–edge pairs (plus O(distinct edges × years) running sums and the kept diagnostics, bounded by
/// <see cref="FilingsReadOptions.MaxDiagnostics"/>), not with the rows as such. Distinct funds per edge and per city
/// are exact given the fund identities. Funds are identified by a 64-bit hash of their key: two different keys are
/// merged only on a hash collision, probability at most n²/2⁶⁵ for n funds. Duplicate pairs are found by a 63-bit hash of the partner
/// identity within its fund: a false duplicate needs a collision inside one fund, probability at most Σ k²/2⁶⁴ over
/// funds with k partners.</para>
/// </remarks>
public static class CityNetwork
{
    /// <summary>Reads a filings file and builds the network, its yearly snapshots and the ingest report.</summary>
    /// <param name="path">The filings file: CSV/TSV text, or an .xlsx / .xls workbook (the first sheet, or
    /// <see cref="FilingsReadOptions.Sheet"/>).</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="IngestOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops a long ingest between rows.</param>
    /// <returns>The network, snapshots and report.</returns>
    /// <exception cref="FilingsFormatException">The file cannot be used at all.</exception>
    public static IngestResult FromFilings(string path, IngestOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= IngestOptions.Default;
        var log = new DiagnosticLog(options.Read.MaxDiagnostics);
        using var reader = FilingsReader.Open(path, options.Read, log.Add);
        return Ingest(reader, log, options, cancellationToken, Describe(reader));
    }

    /// <summary>
    /// Reads a fund table and a partner table, joins them, and builds the network, its yearly snapshots and the ingest
    /// report: the network equals the one of the pre-joined file (one row per fund–partner pair with the fund's columns
    /// repeated).
    /// </summary>
    /// <remarks>
    /// <para>The fund table has one row per fund: an id (<c>基金编号</c>), a credit code or a name (at least one), the
    /// registration place (required) and the filing date; other columns (manager, custodian …) are ignored. The partner
    /// table has one row per fund–partner pair: the fund's id, credit code or name, and the partner's name, kind, place
    /// or credit code and capital. In a fund table a plain <c>统一社会信用代码</c> is the fund's; in a partner table it could
    /// be either and is not guessed (map it with <see cref="FilingsReadOptions.Columns"/>). Either table may be CSV/TSV or a
    /// workbook; <see cref="IngestOptions.Read"/> applies to both, <see cref="IngestOptions.PartnersSheet"/> picks the
    /// partner table's sheet.</para>
    /// <para>Join: a partner row's fund is the fund-table row with the same fund id, else the same fund credit code, else
    /// the same fund name after normalisation (NFKC: full- and half-width brackets and letters alike, so
    /// <c>（有限合伙）</c> = <c>(有限合伙)</c>; white space removed; case ignored). Nothing is lost: a partner row whose fund
    /// is not in the fund table is rejected as <see cref="DiagnosticCode.FundNotInFundTable"/>, a name that fits several
    /// funds as <see cref="DiagnosticCode.AmbiguousFund"/>, a fund row that no partner row names as
    /// <see cref="DiagnosticCode.FundWithoutPartners"/>, a repeated fund row as <see cref="DiagnosticCode.DuplicateFund"/>.
    /// </para>
    /// <para>Counting: <see cref="IngestReport.RowsRead"/> counts the rows of both tables; a fund row that partner rows
    /// name is counted in <see cref="IngestReport.FundRowsJoined"/>, so the report reconciles as rows read = used +
    /// rejected + outside the window + fund rows joined. Diagnostics of joined rows name the partner table's row; a fund
    /// place that cannot be resolved rejects each of its partner rows and the message names the fund-table row.</para>
    /// <para>Cost: the fund table is held in memory (O(funds)); the partner table is streamed as a single file is.</para>
    /// </remarks>
    /// <param name="fundsPath">The fund table.</param>
    /// <param name="partnersPath">The partner table (may be the same workbook as the fund table, with another sheet).</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="IngestOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops a long ingest between rows.</param>
    /// <returns>The network, snapshots and report.</returns>
    /// <exception cref="FilingsFormatException">A table cannot be used at all (missing, empty, no fund place column in the
    /// fund table, no partner place or credit code column in the partner table, no column naming the fund in either, an
    /// ambiguous header, a hand-mapped header that neither table has).</exception>
    public static IngestResult FromFilings(string fundsPath, string partnersPath, IngestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fundsPath);
        ArgumentNullException.ThrowIfNull(partnersPath);
        options ??= IngestOptions.Default;
        var log = new DiagnosticLog(options.Read.MaxDiagnostics);
        using var funds = FilingsReader.Open(fundsPath, options.Read, log.Add, TableRole.Funds);
        using var partners = FilingsReader.Open(partnersPath, options.Read with { Sheet = options.PartnersSheet ?? options.Read.Sheet }, log.Add, TableRole.Partners);
        var missing = funds.UnmatchedColumns.Intersect(partners.UnmatchedColumns).ToList();
        if (missing.Count > 0)
            throw new FilingsFormatException(fundsPath,
                $"the column mapping names {string.Join(", ", missing.Select(m => $"'{m.Header}' (for {JsonNamingPolicy.SnakeCaseLower.ConvertName(m.Column.ToString())})"))}, which neither the fund table nor the partner table {partnersPath} has; fund table headers: {string.Join(", ", funds.Header.Select(h => $"'{h}'"))}; partner table headers: {string.Join(", ", partners.Header.Select(h => $"'{h}'"))}");
        var join = new FundJoin(funds, partners, options.Read.Strict);
        var result = Ingest(join, log, options, cancellationToken, Describe(funds) with { PartnersFile = partners.FileName });
        return result with { Report = result.Report with { FundRowsJoined = join.FundRowsJoined } };
    }

    /// <summary>The report's description of the input: file, encoding (or workbook format), delimiter, sheet.</summary>
    private static IngestReport Describe(FilingsReader reader) =>
        new(reader.FileName, reader.Sheet is null ? reader.Encoding.WebName : reader.Format, reader.Delimiter, 0, 0, 0, 0, 0, 0, 0,
            new Dictionary<DiagnosticCode, long>(), [], 0) { Sheet = reader.Sheet };

    /// <summary>Reads filings from a stream (see <see cref="FromFilings(string, IngestOptions?, CancellationToken)"/>).</summary>
    /// <param name="stream">The bytes of the file; disposed when done.</param>
    /// <param name="fileName">The name used in messages and diagnostics.</param>
    /// <param name="options">Options, or <c>null</c> for defaults.</param>
    /// <param name="cancellationToken">Stops a long ingest between rows.</param>
    /// <returns>The network, snapshots and report.</returns>
    /// <exception cref="FilingsFormatException">The file cannot be used at all.</exception>
    public static IngestResult FromFilings(Stream stream, string fileName, IngestOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= IngestOptions.Default;
        var log = new DiagnosticLog(options.Read.MaxDiagnostics);
        using var reader = FilingsReader.Open(stream, fileName, options.Read, log.Add);
        return Ingest(reader, log, options, cancellationToken, Describe(reader));
    }

    private static IngestResult Ingest(IFilingsSource reader, DiagnosticLog log, IngestOptions options, CancellationToken ct, IngestReport input)
    {
        var resolver = options.Resolver ?? PlaceResolver.Default;
        if (options.AcceptShortNamePrefixes) resolver = resolver.WithOptions(resolver.Options with { AcceptShortNamePrefixes = true });
        var gazetteer = resolver.Gazetteer;
        var nodes = FlowNetworkBuilder.ForCities(gazetteer).Build().NodeArray;
        var nodeOfCode = new Dictionary<int, int>();
        for (var i = 0; i < nodes.Length; i++) nodeOfCode[nodes[i].Division!.Code] = i;
        if (gazetteer.Nodes.Count >= 1 << 15) throw new InvalidOperationException("The gazetteer has too many nodes for the ingest's edge keys (at most 32,767).");

        var funds = new FundTable();
        var ledgers = new FundLedgers();
        var flows = new FlowTable(nodes.Length);
        var years = new SortedSet<int>();
        var lastYear = 0;
        long used = 0, outside = 0;
        double capitalTotal = 0;

        string fundPlaceHeader = Header(reader, FilingColumn.FundPlace);
        string partnerPlaceHeader = Header(reader, FilingColumn.PartnerPlace);
        string creditHeader = Header(reader, FilingColumn.PartnerCreditCode);
        string dateHeader = Header(reader, FilingColumn.FiledOn);

        void Reject(FilingRecord r, string column, string raw, DiagnosticCode code, string message)
        {
            var d = new Diagnostic(reader.FileName, r.Line, column, raw, code, message, DiagnosticSeverity.Rejected) { Cell = reader.CellOf(r.Line, column) };
            if (options.Read.Strict) throw new FilingsFormatException(reader.FileName, $"{d.CodeName}: {message} — \"{raw}\"{(d.Cell is null ? "" : $" ({d.Cell})")}", r.Line);
            log.Add(d);
        }

        long lastProgress = 0;
        string? lastFundKey = null;
        var lastFund = -1;
        // The reader runs on its own thread and resolves the places there; its records and diagnostics arrive here in file
        // order (see Pipeline).
        using var pipeline = new Pipeline(reader, resolver, ct);
        foreach (var item in pipeline.Items())
        {
            if (item.Record is not { } rec)
            {
                log.Add(item.Diagnostic!);
                continue;
            }
            if (options.Progress is { } progress && item.RowsRead - lastProgress >= 65_536)
            {
                lastProgress = item.RowsRead;
                progress.Report(lastProgress);
            }

            // 1. The fund and its date (a fund's rows come together and share its key string: the last one is remembered).
            int fund;
            bool added;
            if (ReferenceEquals(rec.FundKey, lastFundKey))
            {
                (fund, added) = (lastFund, false);
            }
            else
            {
                fund = funds.GetOrAdd(KeyHash.Of(rec.FundKey, KeyHash.FundSeed), rec.FiledOn, out added);
                (lastFundKey, lastFund) = (rec.FundKey, fund);
            }
            if (!added && rec.FiledOn is { } d)
            {
                if (funds.Date(fund) is { } first)
                {
                    if (d != first)
                        log.Add(new Diagnostic(reader.FileName, rec.Line, dateHeader, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                            DiagnosticCode.InconsistentFilingDate, $"fund '{rec.FundKey}' was first seen filed on {first:yyyy-MM-dd}; that date is kept",
                            DiagnosticSeverity.Warning) { Cell = reader.CellOf(rec.Line, dateHeader) });
                }
                else
                {
                    funds.SetDate(fund, d);
                }
            }
            var date = funds.Date(fund);

            // 2. The window.
            if (options.From is not null || options.To is not null)
            {
                if (date is null)
                {
                    Reject(rec, dateHeader, "", DiagnosticCode.MissingDate, "a date window was requested but the fund has no filing date");
                    continue;
                }
                if (date < options.From || date > options.To)
                {
                    outside++;
                    continue;
                }
            }

            // 3. Places (the fund's resolved on the reader's thread; the partner's there too when this thread was behind).
            var fundPlace = item.Fund!;
            if (!fundPlace.IsResolved)
            {
                Reject(rec, fundPlaceHeader, rec.FundPlace, CodeOf(fundPlace.Failure),
                    (rec.FundLine > 0 ? $"fund place (fund table row {rec.FundLine}): " : "fund place: ") + fundPlace.Reason);
                continue;
            }
            var (partnerPlace, partnerCode) = item.PartnerResolved ? (item.Partner, item.Code) : pipeline.ResolvePartner(rec);
            PlaceResolution partner;
            if (rec.PartnerPlace.Length > 0)
            {
                partner = partnerPlace!;
                if (!partner.IsResolved && rec.PartnerCreditCode.Length > 0)
                {
                    var byCode = partnerCode!;
                    partner = byCode.IsResolved ? byCode : partner with { Reason = $"{partner.Reason}; credit code: {byCode.Reason}" };
                }
            }
            else
            {
                partner = partnerCode!;
            }
            if (!partner.IsResolved)
            {
                var column = rec.PartnerPlace.Length > 0 ? partnerPlaceHeader : creditHeader;
                var raw = rec.PartnerPlace.Length > 0 ? rec.PartnerPlace : rec.PartnerCreditCode;
                Reject(rec, column, raw, CodeOf(partner.Failure), "partner place: " + partner.Reason);
                continue;
            }

            // 4. Duplicates.
            var partnerKey = rec.PartnerKey;
            if (partnerKey.Length > 0 && !ledgers.AddPartner(fund, KeyHash.Of(partnerKey, KeyHash.PartnerSeed)))
            {
                Reject(rec, rec.PartnerCreditCode.Length > 0 ? creditHeader : Header(reader, FilingColumn.PartnerName), partnerKey,
                    DiagnosticCode.DuplicatePair, $"partner '{partnerKey}' already appears in fund '{rec.FundKey}'; the repeat is not counted");
                continue;
            }

            // 5. Count (into the running sums; the builders get them once per edge at the end).
            var s = nodeOfCode[partner.Node.Code];
            var t = nodeOfCode[fundPlace.Node.Code];
            var capital = rec.Capital ?? 0;
            var (newFundOnEdge, newFundInCity) = ledgers.AddFlow(fund, s, t);
            var year = date?.Year ?? 0;   // 0: no date, the row counts in the total only
            if (year != lastYear && year != 0) years.Add(lastYear = year);
            flows.Add(year, s, t, newFundOnEdge, newFundInCity, capital);
            used++;
            capitalTotal += capital;
            funds.MarkUsed(fund);
        }
        options.Progress?.Report(reader.RowsRead);

        var built = flows.Build(nodes, years);
        var network = built[0];
        var snapshots = new SortedDictionary<int, FlowNetwork>();
        foreach (var y in years) snapshots[y] = built[y];
        var report = input with
        {
            RowsRead = reader.RowsRead, RowsUsed = used, RowsRejected = log.Rejected, RowsOutsideWindow = outside, Warnings = log.Warnings,
            Funds = funds.UsedCount, Capital = capitalTotal, CountsByCode = new Dictionary<DiagnosticCode, long>(log.Counts),
            Diagnostics = log.Kept.ToArray(), DiagnosticsDropped = log.Dropped,
        };
        return new IngestResult(network, new NetworkSeries(network, snapshots), report);
    }

    private static string Header(IFilingsSource reader, FilingColumn column) =>
        reader.ColumnHeader(column) ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(column.ToString());

    internal static DiagnosticCode CodeOf(ResolutionFailure failure) => failure switch
    {
        ResolutionFailure.Ambiguous => DiagnosticCode.AmbiguousPlace,
        ResolutionFailure.ProvinceOnly => DiagnosticCode.ProvinceOnlyPlace,
        ResolutionFailure.Foreign => DiagnosticCode.ForeignPlace,
        ResolutionFailure.Empty => DiagnosticCode.MissingField,
        ResolutionFailure.Uncertain => DiagnosticCode.UncertainPlace,
        _ => DiagnosticCode.UnknownPlace,
    };
}
