using System.Globalization;
using System.Text;
using CsCheck;

namespace CapitalNetwork.Tests.Properties;

/// <summary>
/// Ingest totals reconcile for any generated file. Files are generated row by row from pools of good and bad values
/// (places that resolve, or are unknown / ambiguous / province-only / abroad / empty; good, impossible, conflicting or
/// empty dates; good, negative, unreadable or empty amounts; repeated partners; valid and invalid credit codes; broken
/// quotes, short rows, blank lines; rows of a few funds interleaved, up to 150 rows a fund; sometimes a date window).
/// A model written here from the rules in <see cref="CityNetwork"/>'s documentation — plain sets and dictionaries, the
/// obvious way — gives the expected rows read, used, rejected and outside the window, distinct funds, capital, and every
/// edge's funds, links and capital, registered funds per city and the yearly snapshots. The only thing the model takes
/// from the code under test is which city each pooled place text resolves to (<see cref="PlaceResolver.Default"/>).
/// A second property throws arbitrary CSV-like text at the ingest: whatever it is, the report reconciles.
/// </summary>
public class IngestReconciliationProperties
{
    private static readonly string[] GoodPlaces = ["广东省深圳市南山区", "上海市浦东新区", "北京市海淀区", "浙江省杭州市", "江苏省苏州市", "四川省成都市", "湖北省武汉市", "辽宁省沈阳市"];
    private static readonly string[] BadPlaces = ["火星市", "朝阳区", "广东省", "开曼群岛", ""];
    private static readonly string[] Codes = ["91110101MA16749781", "91440300MA5XXXXXX0"]; // 东城区 (北京); bad check digit
    private static readonly string[] Dates = ["2018-03-01", "2019-06-15", "2020-02-29", "2021-11-30"];

    private static readonly Dictionary<string, int?> Node = GoodPlaces.Concat(BadPlaces).Concat(Codes).Distinct()
        .ToDictionary(p => p, p => (p.StartsWith("9", StringComparison.Ordinal) ? PlaceResolver.Default.ResolveCreditCode(p) : PlaceResolver.Default.Resolve(p)).Node?.Code);

    private enum Kind { Row, Quote, Short, Blank }

    private sealed record Row(Kind Kind, int Fund, string FundId, string FundName, string FundPlace, string Date, string Partner, string PartnerPlace, string Code, string Capital)
    {
        public string Csv() => Kind switch
        {
            Kind.Blank => "",
            Kind.Short => $"{FundId},{FundName},{FundPlace}",
            Kind.Quote => $"{FundId},\"{FundName},{FundPlace},{Date},{Partner},{PartnerPlace},{Code},{Capital}",
            _ => $"{FundId},{FundName},{FundPlace},{Date},{Partner},{PartnerPlace},{Code},{Capital}",
        };
    }

    private static Gen<Row> RowGen(int funds) =>
        Gen.Select(
            Gen.Frequency((90, Gen.Const(Kind.Row)), (4, Gen.Const(Kind.Quote)), (3, Gen.Const(Kind.Short)), (3, Gen.Const(Kind.Blank))),
            Gen.Int[0, funds - 1],
            Gen.Int[0, 99],            // identity: id, name only, or anonymous
            Gen.Int[0, 99],            // fund place: home, other good, bad
            Gen.Int[0, 99],            // date
            Gen.Int[0, 60],            // partner
            Gen.Int[0, 99],            // partner place / code
            Gen.Int[0, 99])            // capital
        .SelectMany(t => Gen.Int[0, 10_000].Select(amount => (t, amount)))
        .Select(x =>
        {
            var ((kind, f, idRoll, placeRoll, dateRoll, partner, partnerRoll, capRoll), amount) = x;
            var (id, name) = idRoll < 85 ? ($"F{f}", $"基金{f}") : idRoll < 97 ? ("", $"N{f}") : ("", "");
            var place = placeRoll < 80 ? GoodPlaces[f % GoodPlaces.Length] : placeRoll < 90 ? GoodPlaces[placeRoll % GoodPlaces.Length] : BadPlaces[placeRoll % BadPlaces.Length];
            var date = dateRoll < 80 ? Dates[f % Dates.Length] : dateRoll < 90 ? Dates[dateRoll % Dates.Length] : dateRoll < 95 ? "" : "2023-02-30";
            var partnerName = partner < 58 ? $"P{partner}" : "";
            var (pp, code) = partnerRoll switch
            {
                < 75 => (GoodPlaces[partnerRoll % GoodPlaces.Length], ""),
                < 83 => (BadPlaces[partnerRoll % BadPlaces.Length], ""),
                < 90 => ("", Codes[0]),
                < 93 => ("", Codes[1]),
                < 97 => (BadPlaces[partnerRoll % 4], Codes[0]),    // place fails, code rescues
                _ => ("", ""),
            };
            var capital = capRoll < 85 ? amount.ToString(CultureInfo.InvariantCulture) : capRoll < 90 ? "" : capRoll < 95 ? "abc" : "-3";
            return new Row(kind, f, id, name, place, date, partnerName, pp, code, capital);
        });

    private static readonly Gen<(Row[] Rows, bool Window)> FileGen =
        Gen.Int[1, 4].SelectMany(funds => Gen.Select(RowGen(funds).Array[0, 150], Gen.Int[0, 4]).Select((rows, w) => (rows, w == 0)));

    private static readonly DateOnly From = new(2019, 6, 1), To = new(2020, 12, 31);

    [Fact]
    public void Report_network_and_years_match_a_model_of_the_rules()
    {
        var filesWithRows = 0;
        FileGen.SampleSeeded(file =>
        {
            var (rows, window) = file;
            var text = new StringBuilder("fund_id,fund_name,fund_place,filed_on,partner_name,partner_place,partner_credit_code,capital\n");
            foreach (var r in rows) text.Append(r.Csv()).Append('\n');
            var options = window ? IngestOptions.Default with { From = From, To = To } : IngestOptions.Default;
            var result = CityNetwork.FromFilings(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "generated.csv", options);

            var m = Model(rows, window);
            var report = result.Report;
            if (m.Used > 0)
            {
                filesWithRows++;
                Assert.True(report.RowsUsed > 0, $"the model uses {m.Used} rows, the ingest none");
            }
            Assert.True(report.Reconciles);
            Assert.Equal(m.Read, report.RowsRead);
            Assert.Equal(m.Used, report.RowsUsed);
            Assert.Equal(m.Rejected, report.RowsRejected);
            Assert.Equal(m.Outside, report.RowsOutsideWindow);
            Assert.Equal(m.Funds.Count, report.Funds);
            Assert.Equal(m.Capital, report.Capital);
            AssertNetwork(m.Total, result.Network);
            Assert.Equal(m.Years.Keys.Order(), result.Years.Years);
            foreach (var (year, y) in m.Years) AssertNetwork(y, result.Years[year]);
        }, print: f => string.Join("\n", f.Rows.Select(r => r.Csv())) + (f.Window ? "\n(window)" : ""));
        // the generator is not trivial: most files have rows the rules accept (files of 0–150 rows, 90% well formed)
        Assert.True(filesWithRows > PropertyGen.Iterations / 2, $"only {filesWithRows} of {PropertyGen.Iterations} generated files have a usable row");
    }

    [Fact]
    public void Arbitrary_csv_like_text_always_reconciles()
    {
        // 1–3 valid rows (funds G1…G3, 深圳 ← 北京; 'G' is not in the noise alphabet, so no noise row shares their fund),
        // then noise. The valid rows come before the noise, so whatever the noise does to the rows after them, they are
        // read and used: the only allowed refusal is the whole-file NUL rule (EncodingDetector: more than 1/8 of the
        // bytes are NUL), and then the message must say so.
        const string alphabet = ",,,\"\n\n\r\t 深圳北京上海市区1234567890-.年月日万亿Ffx\u0000\uFFFD\uFEFF";
        var header = "fund_id,fund_place,filed_on,partner_name,partner_place,partner_credit_code,capital\n";
        var used = 0L;
        Gen.Select(Gen.Int[1, 3], Gen.Char[alphabet].Array[0, 400]).SampleSeeded((valid, chars) =>
        {
            var rows = string.Concat(Enumerable.Range(1, valid).Select(i => $"G{i},深圳市,2020-01-1{i},P{i},北京市,,{i}00\n"));
            var bytes = Encoding.UTF8.GetBytes(header + rows + new string(chars));
            var binary = bytes.Count(b => b == 0) * 8L > bytes.Length;
            try
            {
                var report = CityNetwork.FromFilings(new MemoryStream(bytes), "noise.csv",
                    IngestOptions.Default with { Read = FilingsReadOptions.Default with { MaxFieldLength = 16 } }).Report;
                Assert.False(binary, "more than 1/8 of the bytes are NUL: the file should have been refused");
                Assert.True(report.Reconciles);
                Assert.True(report.RowsRead >= report.RowsUsed);
                Assert.True(report.RowsUsed >= valid, $"{report.RowsUsed} rows used, but the file starts with {valid} valid rows");
                Assert.True(report.Funds >= valid);
                Assert.True(report.Capital >= Enumerable.Range(1, valid).Sum(i => i * 100.0));
                used += report.RowsUsed;
            }
            catch (FilingsFormatException e) when (binary)
            {
                // Refusing the whole file is allowed only for the NUL rule.
                Assert.Contains("NUL byte", e.Problem, StringComparison.Ordinal);
            }
        }, print: t => $"{t.Item1} valid rows, then noise {Convert.ToHexString(Encoding.UTF8.GetBytes(new string(t.Item2)))}");
        Assert.True(used >= PropertyGen.Iterations, $"only {used} rows used over {PropertyGen.Iterations} files");
    }

    private sealed class NetModel
    {
        public Dictionary<(int S, int T), (double Funds, double Links, double Capital)> Edges { get; } = [];
        public Dictionary<int, double> Registered { get; } = [];
    }

    private sealed record ModelResult(long Read, long Used, long Rejected, long Outside, HashSet<string> Funds, double Capital, NetModel Total, SortedDictionary<int, NetModel> Years);

    private static ModelResult Model(Row[] rows, bool window)
    {
        long read = 0, used = 0, rejected = 0, outside = 0;
        double capitalTotal = 0;
        var fundDate = new Dictionary<string, DateOnly?>();
        var pairs = new HashSet<(string, string)>();
        var fundEdges = new HashSet<(string, int, int)>();
        var fundNodes = new HashSet<(string, int)>();
        var usedFunds = new HashSet<string>();
        var total = new NetModel();
        var years = new SortedDictionary<int, NetModel>();
        var line = 1L;
        foreach (var r in rows)
        {
            line++;
            if (r.Kind == Kind.Blank) continue;
            read++;
            if (r.Kind != Kind.Row || r.FundPlace.Length == 0 || (r.PartnerPlace.Length == 0 && r.Code.Length == 0)) { rejected++; continue; }
            DateOnly? date = null;
            if (r.Date.Length > 0)
            {
                if (!DateOnly.TryParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) { rejected++; continue; }
                date = d;
            }
            double capital = 0;
            if (r.Capital.Length > 0)
            {
                if (!double.TryParse(r.Capital, NumberStyles.None, CultureInfo.InvariantCulture, out capital)) { rejected++; continue; }
            }
            var key = r.FundId.Length > 0 ? r.FundId : r.FundName.Length > 0 ? r.FundName : $"\u0001row:{line}";
            if (!fundDate.TryGetValue(key, out var first)) fundDate[key] = date;
            else if (first is null && date is not null) fundDate[key] = date;
            var fd = fundDate[key];
            if (window)
            {
                if (fd is null) { rejected++; continue; }
                if (fd < From || fd > To) { outside++; continue; }
            }
            var t = Node[r.FundPlace];
            if (t is null) { rejected++; continue; }
            var s = r.PartnerPlace.Length > 0 ? Node[r.PartnerPlace] : null;
            if (s is null && r.Code.Length > 0) s = Node[r.Code];
            if (s is null) { rejected++; continue; }
            var partnerKey = r.Code.Length > 0 ? r.Code : r.Partner;
            if (partnerKey.Length > 0 && !pairs.Add((key, partnerKey))) { rejected++; continue; }
            used++;
            capitalTotal += capital;
            usedFunds.Add(key);
            var newEdge = fundEdges.Add((key, s.Value, t.Value));
            var newNode = fundNodes.Add((key, t.Value));
            Count(total, s.Value, t.Value, newEdge, newNode, capital);
            if (fd is { } y)
            {
                if (!years.TryGetValue(y.Year, out var ym)) years[y.Year] = ym = new NetModel();
                Count(ym, s.Value, t.Value, newEdge, newNode, capital);
            }
        }
        return new ModelResult(read, used, rejected, outside, usedFunds, capitalTotal, total, years);
    }

    private static void Count(NetModel m, int s, int t, bool newEdge, bool newNode, double capital)
    {
        var e = m.Edges.GetValueOrDefault((s, t));
        m.Edges[(s, t)] = (e.Funds + (newEdge ? 1 : 0), e.Links + 1, e.Capital + capital);
        if (newNode) m.Registered[t] = m.Registered.GetValueOrDefault(t) + 1;
    }

    private static void AssertNetwork(NetModel m, FlowNetwork net)
    {
        Assert.Equal(m.Edges.Count, net.EdgeCount);
        foreach (var ((s, t), (funds, links, capital)) in m.Edges)
        {
            var e = net.Edge(net.FindEdge(net.IndexOf(Code(s)), net.IndexOf(Code(t))));
            Assert.Equal((funds, links, capital), (e.Funds, e.Links, e.Capital));
        }
        for (var v = 0; v < net.NodeCount; v++)
            Assert.Equal(m.Registered.GetValueOrDefault(int.Parse(net.Nodes[v].Id, CultureInfo.InvariantCulture)), net.RegisteredFunds(v));
    }

    private static string Code(int code) => code.ToString("D6", CultureInfo.InvariantCulture);
}
