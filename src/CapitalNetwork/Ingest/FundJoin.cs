using System.Text;
using CapitalNetwork.Reading;

namespace CapitalNetwork.Ingest;

/// <summary>
/// Joins a fund table (one row per fund: id, credit code, name, registration place, filing date) to a partner table (one
/// row per fund–partner pair naming its fund by id, credit code or name) and yields the joined records, as one pre-joined
/// file would give them. The fund table is read whole first (its rows are kept: memory grows with the funds); the
/// partner table is streamed.
/// </summary>
/// <remarks>
/// <para>A partner row's fund is found by the first of its keys that the fund table has: the fund id, else the fund's
/// credit code, else the fund name normalised (<see cref="NameKey"/>: NFKC, so full-width brackets and letters become
/// ASCII and <c>（有限合伙）</c> equals <c>(有限合伙)</c>; white space removed; lower case). A name that fits funds with
/// different ids is not guessed (<see cref="DiagnosticCode.AmbiguousFund"/>).</para>
/// <para>Counting: every row of both tables is read. A fund row ends as rejected (by the fund table's checks, as a
/// <see cref="DiagnosticCode.DuplicateFund"/>, or as a <see cref="DiagnosticCode.FundWithoutPartners"/> when no partner
/// row names it) or as joined (<see cref="FundRowsJoined"/>); a partner row ends as used, rejected (among others
/// <see cref="DiagnosticCode.FundNotInFundTable"/>) or outside the window. So rows read (both tables) = used + rejected
/// + outside + fund rows joined.</para>
/// </remarks>
internal sealed class FundJoin(FilingsReader funds, FilingsReader partners, bool strict) : IFilingsSource
{
    private sealed class Fund(FilingRecord record)
    {
        public FilingRecord Record { get; } = record;
        public bool Joined { get; set; }
    }

    /// <summary>The partner table (where the records' rows are).</summary>
    public string FileName => partners.FileName;

    /// <summary>Rows read from both tables.</summary>
    public long RowsRead => funds.RowsRead + partners.RowsRead;

    /// <summary>Fund rows that at least one partner row names.</summary>
    public long FundRowsJoined { get; private set; }

    public string? ColumnHeader(FilingColumn column) => column is FilingColumn.FundPlace or FilingColumn.FiledOn
        ? funds.ColumnHeader(column)
        : partners.ColumnHeader(column) ?? funds.ColumnHeader(column);

    public string? CellOf(long line, string? column) => partners.CellOf(line, column);

    /// <summary>The join key of a fund name: NFKC (full-width brackets, letters and digits become ASCII), white space
    /// removed, 【】〔〕［］ as (), lower case.</summary>
    public static string NameKey(string name)
    {
        var n = SafeText.NormalizeKC(name);
        var sb = new StringBuilder(n.Length);
        foreach (var c in n)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) continue;
            sb.Append(c switch { '【' or '〔' or '[' or '{' => '(', '】' or '〕' or ']' or '}' => ')', _ => char.ToLowerInvariant(c) });
        }
        return sb.ToString();
    }

    public IEnumerable<FilingRecord> ReadRecords(Action<Diagnostic> report, CancellationToken ct)
    {
        var all = new List<Fund>();
        var byId = new Dictionary<string, Fund>(StringComparer.Ordinal);
        var byCode = new Dictionary<string, Fund>(StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, List<Fund>>(StringComparer.Ordinal);

        void RejectFund(FilingRecord r, FilingColumn column, string raw, DiagnosticCode code, string message)
        {
            var header = funds.ColumnHeader(column);
            if (strict) throw new FilingsFormatException(funds.FileName, $"{Diagnostic.CodeNameOf(code)}: {message} — \"{raw}\"", r.Line);
            report(new Diagnostic(funds.FileName, r.Line, header, raw, code, message, DiagnosticSeverity.Rejected) { Cell = funds.CellOf(r.Line, header) });
        }

        foreach (var f in funds.ReadRecords(report, ct))
        {
            if (f.FundId.Length > 0 && byId.TryGetValue(f.FundId, out var sameId))
            {
                RejectFund(f, FilingColumn.FundId, f.FundId, DiagnosticCode.DuplicateFund,
                    $"fund id '{f.FundId}' is already on {Where(funds, sameId.Record.Line)} of the fund table; this row is not used");
                continue;
            }
            if (f.FundCreditCode.Length > 0 && byCode.TryGetValue(f.FundCreditCode, out var sameCode))
            {
                RejectFund(f, FilingColumn.FundCreditCode, f.FundCreditCode, DiagnosticCode.DuplicateFund,
                    $"fund credit code '{f.FundCreditCode}' is already on {Where(funds, sameCode.Record.Line)} of the fund table; this row is not used");
                continue;
            }
            var nameKey = f.FundName.Length > 0 ? NameKey(f.FundName) : "";
            if (f.FundId.Length == 0 && f.FundCreditCode.Length == 0 && nameKey.Length > 0 && byName.TryGetValue(nameKey, out var sameName))
            {
                RejectFund(f, FilingColumn.FundName, f.FundName, DiagnosticCode.DuplicateFund,
                    $"fund name '{f.FundName}' is already on {Where(funds, sameName[0].Record.Line)} of the fund table (and this row has no id or credit code to tell them apart); this row is not used");
                continue;
            }
            var fund = new Fund(f);
            all.Add(fund);
            if (f.FundId.Length > 0) byId[f.FundId] = fund;
            if (f.FundCreditCode.Length > 0) byCode[f.FundCreditCode] = fund;
            if (nameKey.Length > 0)
            {
                if (!byName.TryGetValue(nameKey, out var list)) byName[nameKey] = list = [];
                list.Add(fund);
            }
        }

        foreach (var p in partners.ReadRecords(report, ct))
        {
            Fund? fund = null;
            if (p.FundId.Length > 0) byId.TryGetValue(p.FundId, out fund);
            if (fund is null && p.FundCreditCode.Length > 0) byCode.TryGetValue(p.FundCreditCode, out fund);
            if (fund is null && p.FundName.Length > 0 && byName.TryGetValue(NameKey(p.FundName), out var named))
            {
                if (named.Count > 1)
                {
                    RejectPartner(p, FilingColumn.FundName, p.FundName, DiagnosticCode.AmbiguousFund,
                        $"the fund name '{p.FundName}' fits {named.Count} funds of the fund table ({string.Join(", ", named.Take(5).Select(n => $"'{n.Record.FundKey}' on {Where(funds, n.Record.Line)}"))}); it is not guessed: give the fund id or credit code");
                    continue;
                }
                fund = named[0];
            }
            if (fund is null)
            {
                var tried = new List<string>();
                if (p.FundId.Length > 0) tried.Add($"id '{p.FundId}'");
                if (p.FundCreditCode.Length > 0) tried.Add($"credit code '{p.FundCreditCode}'");
                if (p.FundName.Length > 0) tried.Add($"name '{p.FundName}'");
                var column = p.FundId.Length > 0 ? FilingColumn.FundId : p.FundCreditCode.Length > 0 ? FilingColumn.FundCreditCode : FilingColumn.FundName;
                RejectPartner(p, column, p.FundId.Length > 0 ? p.FundId : p.FundCreditCode.Length > 0 ? p.FundCreditCode : p.FundName,
                    DiagnosticCode.FundNotInFundTable,
                    $"no fund of the fund table {funds.FileName} has the {string.Join(", the ", tried)}: the partner's link and capital are left out");
                continue;
            }
            if (!fund.Joined)
            {
                fund.Joined = true;
                FundRowsJoined++;
            }
            var f = fund.Record;
            var atFundCity = p.PartnerPlace.Length == 0 && p.PartnerCreditCode.Length == 0;   // placed at the fund's city (AtFundCity)
            yield return new FilingRecord(p.Line, f.FundKey, f.FundName, f.FundPlace, f.FiledOn, p.PartnerName, p.PartnerKind,
                atFundCity ? f.FundPlace : p.PartnerPlace, p.PartnerCreditCode, p.Capital)
            {
                FundId = f.FundId,
                FundCreditCode = f.FundCreditCode,
                FundLine = f.Line,
            };
        }

        foreach (var fund in all)
        {
            if (fund.Joined) continue;
            var f = fund.Record;
            RejectFund(f, f.FundId.Length > 0 ? FilingColumn.FundId : f.FundCreditCode.Length > 0 ? FilingColumn.FundCreditCode : FilingColumn.FundName,
                f.FundKey, DiagnosticCode.FundWithoutPartners,
                $"no row of the partner table {partners.FileName} names this fund (by id, credit code or name): it has no partner link and is left out");
        }

        void RejectPartner(FilingRecord r, FilingColumn column, string raw, DiagnosticCode code, string message)
        {
            var header = partners.ColumnHeader(column);
            if (strict) throw new FilingsFormatException(partners.FileName, $"{Diagnostic.CodeNameOf(code)}: {message} — \"{raw}\"", r.Line);
            report(new Diagnostic(partners.FileName, r.Line, header, raw, code, message, DiagnosticSeverity.Rejected) { Cell = partners.CellOf(r.Line, header) });
        }
    }

    /// <summary>A row of a table as a reader names it: <c>row 5</c> of a sheet (with its cell reference) or <c>line 5</c>.</summary>
    public static string Where(FilingsReader reader, long line) =>
        reader.Sheet is null ? $"line {line}" : $"row {line} ({reader.CellOf(line, null)})";
}
