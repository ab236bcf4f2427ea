using CapitalNetwork.Filings;
using CapitalNetwork.Geography;
using CapitalNetwork.Internals;

namespace CapitalNetwork.Graph;

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
/// <para>Cost: O(rows) time; memory O(distinct funds + distinct fund–edge pairs + distinct places), independent of
/// the row count for a fixed set of funds; rows are streamed. Duplicate detection keys a 64-bit hash of the partner
/// identity per fund (a false duplicate needs a 64-bit collision within one fund).</para>
/// </remarks>
public static class CityNetwork
{
    // Resolutions are cached per distinct text, up to this many texts (registry places repeat; long street addresses
    // are mostly unique, so the cache is bounded to keep memory flat on large inputs).
    private const int CacheLimit = 65_536;

    /// <summary>Reads a filings file and builds the network, its yearly snapshots and the ingest report.</summary>
    /// <param name="path">The filings CSV/TSV file.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="IngestOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops a long ingest between rows.</param>
    /// <returns>The network, snapshots and report.</returns>
    /// <exception cref="FilingsFormatException">The file cannot be used at all.</exception>
    public static IngestResult FromFilings(string path, IngestOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= IngestOptions.Default;
        var log = new DiagnosticLog(options.Read.MaxDiagnostics);
        using var reader = FilingsReader.Open(path, options.Read, log.Add);
        return Ingest(reader, log, options, cancellationToken);
    }

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
        return Ingest(reader, log, options, cancellationToken);
    }

    private static IngestResult Ingest(FilingsReader reader, DiagnosticLog log, IngestOptions options, CancellationToken ct)
    {
        var resolver = options.Resolver ?? PlaceResolver.Default;
        var gazetteer = resolver.Gazetteer;
        var nodes = FlowNetworkBuilder.ForCities(gazetteer).Build().NodeArray;
        var total = FlowNetworkBuilder.WithNodes(nodes);
        var years = new SortedDictionary<int, FlowNetworkBuilder>();
        var nodeOfCode = new Dictionary<int, int>();
        foreach (var d in gazetteer.Nodes) nodeOfCode[d.Code] = total.IndexOf(d.Code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        if (gazetteer.Nodes.Count >= 1 << 16) throw new InvalidOperationException("The gazetteer has too many nodes for the ingest's edge keys.");

        var fundIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var fundDate = new List<DateOnly?>();
        var fundEdge = new HashSet<long>();   // (fund, source, target): distinct funds per edge
        var fundNode = new HashSet<long>();   // (fund, node): distinct funds registered per city
        var pairs = new HashSet<ulong>();     // (fund, partner identity hash): duplicate detection
        var placeCache = new Dictionary<string, PlaceResolution>(StringComparer.Ordinal);
        var codeCache = new Dictionary<string, PlaceResolution>(StringComparer.Ordinal);
        long used = 0, outside = 0;
        double capitalTotal = 0;
        var fundsUsed = new HashSet<int>();

        string fundPlaceHeader = Header(reader, FilingColumn.FundPlace);
        string partnerPlaceHeader = Header(reader, FilingColumn.PartnerPlace);
        string creditHeader = Header(reader, FilingColumn.PartnerCreditCode);
        string dateHeader = Header(reader, FilingColumn.FiledOn);

        void Reject(FilingRecord r, string column, string raw, DiagnosticCode code, string message)
        {
            var d = new Diagnostic(reader.FileName, r.Line, column, raw, code, message, DiagnosticSeverity.Rejected);
            if (options.Read.Strict) throw new FilingsFormatException(reader.FileName, $"{d.CodeName}: {message} — \"{raw}\"", r.Line);
            log.Add(d);
        }

        PlaceResolution ResolvePlace(string text)
        {
            if (placeCache.TryGetValue(text, out var r)) return r;
            r = resolver.Resolve(text);
            if (placeCache.Count < CacheLimit) placeCache[text] = r;
            return r;
        }

        PlaceResolution ResolveCode(string code)
        {
            if (codeCache.TryGetValue(code, out var r)) return r;
            r = resolver.ResolveCreditCode(code);
            if (codeCache.Count < CacheLimit) codeCache[code] = r;
            return r;
        }

        long lastProgress = 0;
        foreach (var rec in reader.ReadRecords(log.Add, ct))
        {
            if (options.Progress is { } progress && reader.RowsRead - lastProgress >= 65_536)
            {
                lastProgress = reader.RowsRead;
                progress.Report(lastProgress);
            }

            // 1. The fund and its date.
            if (!fundIndex.TryGetValue(rec.FundKey, out var fund))
            {
                fund = fundIndex.Count;
                fundIndex[rec.FundKey] = fund;
                fundDate.Add(rec.FiledOn);
            }
            else if (rec.FiledOn is { } d && fundDate[fund] is { } first && d != first)
            {
                log.Add(new Diagnostic(reader.FileName, rec.Line, dateHeader, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    DiagnosticCode.InconsistentFilingDate, $"fund '{rec.FundKey}' was first seen filed on {first:yyyy-MM-dd}; that date is kept",
                    DiagnosticSeverity.Warning));
            }
            else if (fundDate[fund] is null && rec.FiledOn is not null)
            {
                fundDate[fund] = rec.FiledOn;
            }
            var date = fundDate[fund];

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

            // 3. Places.
            var fundPlace = ResolvePlace(rec.FundPlace);
            if (!fundPlace.IsResolved)
            {
                Reject(rec, fundPlaceHeader, rec.FundPlace, CodeOf(fundPlace.Failure), "fund place: " + fundPlace.Reason);
                continue;
            }
            PlaceResolution partner;
            if (rec.PartnerPlace.Length > 0)
            {
                partner = ResolvePlace(rec.PartnerPlace);
                if (!partner.IsResolved && rec.PartnerCreditCode.Length > 0)
                {
                    var byCode = ResolveCode(rec.PartnerCreditCode);
                    partner = byCode.IsResolved ? byCode : partner with { Reason = $"{partner.Reason}; credit code: {byCode.Reason}" };
                }
            }
            else
            {
                partner = ResolveCode(rec.PartnerCreditCode);
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
            if (partnerKey.Length > 0 && !pairs.Add(Mix((ulong)fund, Fnv1a(partnerKey))))
            {
                Reject(rec, rec.PartnerCreditCode.Length > 0 ? creditHeader : Header(reader, FilingColumn.PartnerName), partnerKey,
                    DiagnosticCode.DuplicatePair, $"partner '{partnerKey}' already appears in fund '{rec.FundKey}'; the repeat is not counted");
                continue;
            }

            // 5. Count.
            var s = nodeOfCode[partner.Node.Code];
            var t = nodeOfCode[fundPlace.Node.Code];
            var capital = rec.Capital ?? 0;
            var newFundOnEdge = fundEdge.Add(((long)fund << 32) | ((long)s << 16) | (uint)t);
            var newFundInCity = fundNode.Add(((long)fund << 16) | (uint)t);
            Count(total, s, t, newFundOnEdge, newFundInCity, capital);
            if (date is { } dd)
            {
                if (!years.TryGetValue(dd.Year, out var yb)) years[dd.Year] = yb = FlowNetworkBuilder.WithNodes(nodes);
                Count(yb, s, t, newFundOnEdge, newFundInCity, capital);
            }
            used++;
            capitalTotal += capital;
            fundsUsed.Add(fund);
        }
        options.Progress?.Report(reader.RowsRead);

        var network = total.Build();
        var snapshots = new SortedDictionary<int, FlowNetwork>();
        foreach (var (y, b) in years) snapshots[y] = b.Build();
        var report = new IngestReport(reader.FileName, reader.Encoding.WebName, reader.Delimiter, reader.RowsRead, used, log.Rejected, outside,
            log.Warnings, fundsUsed.Count, capitalTotal, new Dictionary<DiagnosticCode, long>(log.Counts), log.Kept.ToArray(), log.Dropped);
        return new IngestResult(network, new NetworkSeries(network, snapshots), report);
    }

    private static void Count(FlowNetworkBuilder b, int s, int t, bool newFundOnEdge, bool newFundInCity, double capital)
    {
        b.AddFlow(s, t, newFundOnEdge ? 1 : 0, 1, capital);
        if (newFundInCity) b.AddRegisteredFunds(t, 1);
    }

    private static string Header(FilingsReader reader, FilingColumn column) =>
        reader.ColumnHeader(column) ?? Internals.Naming.SnakeCase(column.ToString());

    internal static DiagnosticCode CodeOf(ResolutionFailure failure) => failure switch
    {
        ResolutionFailure.Ambiguous => DiagnosticCode.AmbiguousPlace,
        ResolutionFailure.ProvinceOnly => DiagnosticCode.ProvinceOnlyPlace,
        ResolutionFailure.Foreign => DiagnosticCode.ForeignPlace,
        ResolutionFailure.Empty => DiagnosticCode.MissingField,
        _ => DiagnosticCode.UnknownPlace,
    };

    private static ulong Fnv1a(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }

    private static ulong Mix(ulong a, ulong b)
    {
        var h = a * 0x9E3779B97F4A7C15UL ^ b;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return h;
    }
}
