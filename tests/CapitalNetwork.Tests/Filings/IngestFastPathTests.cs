using System.Text;
using CapitalNetwork.Reading;

namespace CapitalNetwork.Tests.Filings;

/// <summary>
/// The ingest's fast paths (issue 8) change the speed, never the answer: each fast path is compared with the general
/// path it short-cuts on generated texts (seeded: the same texts every run), and the reader thread of the ingest keeps the
/// sequential order of diagnostics and exceptions. Expected values: the general paths themselves (the code the spine
/// shipped), and for the two strict-mode cases the row worked out by hand.
/// </summary>
public class IngestFastPathTests
{
    private const int Cases = 20_000;

    private static string RandomText(Random rng, string alphabet, int maxLength)
    {
        var n = rng.Next(0, maxLength + 1);
        var sb = new StringBuilder(n);
        for (var i = 0; i < n; i++) sb.Append(alphabet[rng.Next(alphabet.Length)]);
        return sb.ToString();
    }

    [Fact]
    public void Field_decoding_answers_as_the_utf8_decoder_valid_or_not()
    {
        // Field values of generated UTF-8 bytes: Chinese, ASCII and broken sequences (stray continuation bytes, cut
        // multi-byte sequences, overlong forms, encoded surrogates, 0xF5–0xFF), short and past the 1,024 bytes the
        // reader decodes on the stack. Expected: the BCL's UTF-8 decoder with replacement (new UTF8Encoding(false, false),
        // U+FFFD per maximal subpart as Unicode recommends): a clean value is the record's partner name, a value with
        // U+FFFD is the raw text of its BadEncoding diagnostic.
        var rng = new Random(17);
        byte[][] pieces =
        [
            "中"u8.ToArray(), "华"u8.ToArray(), "合伙人"u8.ToArray(), "A"u8.ToArray(), "7"u8.ToArray(), "-"u8.ToArray(),
            [0x80], [0xBF], [0xE4, 0xB8], [0xE4], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5], [0xFF], [0xFE],
            "𠀀"u8.ToArray(),
        ];
        var csv = new MemoryStream();
        csv.Write("fund_id,fund_place,partner_name,partner_place,capital\n"u8);
        var expected = new List<string>();
        var decoder = new UTF8Encoding(false, false);
        for (var row = 0; row < 3000; row++)
        {
            var value = new MemoryStream();
            value.Write("A"u8);
            var n = row % 10 == 0 ? rng.Next(400, 700) : rng.Next(0, 20);   // every tenth past 1,024 bytes as a rule
            for (var k = 0; k < n; k++)
            {
                var piece = row % 3 == 0 ? pieces[rng.Next(pieces.Length)] : pieces[rng.Next(6)];   // a third may be broken
                value.Write(piece);
            }
            value.Write("A"u8);
            var bytes = value.ToArray();
            expected.Add(decoder.GetString(bytes));
            csv.Write(Encoding.ASCII.GetBytes($"F{row},北京市海淀区,"));
            csv.Write(bytes);
            csv.Write(",上海市浦东新区,1\n"u8);
        }
        var diagnostics = new List<Diagnostic>();
        using var reader = FilingsReader.Open(new MemoryStream(csv.ToArray()), "bytes.csv", new FilingsReadOptions { Encoding = Encoding.UTF8 }, diagnostics.Add);
        var records = reader.ReadRecords(diagnostics.Add).ToList();
        var byLine = records.ToDictionary(r => r.Line, r => r.PartnerName);
        var broken = diagnostics.Where(d => d.Code == DiagnosticCode.BadEncoding).ToDictionary(d => d.Line, d => d.RawText);
        var long_ = 0;
        for (var row = 0; row < expected.Count; row++)
        {
            var line = row + 2;
            var want = expected[row];
            if (want.Contains('\uFFFD'))
                Assert.Equal(want.Length > 500 ? want[..500] + "…" : want, broken[line]);   // diagnostics keep 500 characters
            else
                Assert.Equal(want, byLine[line]);
            if (Encoding.UTF8.GetByteCount(want) > 1024) long_++;
        }
        Assert.True(broken.Count > 100 && records.Count > 1000 && long_ > 50, $"{broken.Count} broken, {records.Count} clean, {long_} long");
    }

    [Fact]
    public void The_date_fast_path_answers_as_the_general_path()
    {
        var rng = new Random(8);
        var templates = new[] { "2023-05-06", "2023/5/6", "2023.5.6", "20230506", "2023年5月6日", "2023-05-06 10:00:00", "2023-05-06T10:00", "1999/12/31" };
        const string noise = "0123456789-/.年月日 T:x０";
        var agreed = 0;
        for (var i = 0; i < Cases; i++)
        {
            // Half: a well-formed date with one character changed, inserted or removed; half: random text of date characters.
            string text;
            if (i % 2 == 0)
            {
                var t = new StringBuilder(templates[rng.Next(templates.Length)]);
                var at = rng.Next(t.Length);
                switch (rng.Next(4))
                {
                    case 0: t[at] = noise[rng.Next(noise.Length)]; break;
                    case 1: t.Insert(at, noise[rng.Next(noise.Length)]); break;
                    case 2: t.Remove(at, 1); break;
                }
                text = t.ToString();
            }
            else
            {
                text = RandomText(rng, noise, 14);
            }
            var fast = DateParser.TryParse(text, out var d1, out var r1);
            var general = DateParser.TryParseGeneral(text, out var d2, out var r2);
            Assert.True((fast, fast ? d1 : default, r1) == (general, general ? d2 : default, r2), $"'{text}': fast {fast} {d1} '{r1}', general {general} {d2} '{r2}'");
            if (fast) agreed++;
        }
        Assert.True(agreed > Cases / 10, $"only {agreed} valid dates generated");   // the generator reaches the valid forms
    }

    [Fact]
    public void The_amount_fast_paths_answer_as_the_general_path()
    {
        var rng = new Random(8);
        const string alphabet = "0123456789,,.. e-万亿元";
        foreach (var unit in new[] { 1.0, 10_000.0 })
        {
            for (var i = 0; i < Cases; i++)
            {
                var text = i % 50 == 0 ? new string('9', 310 + rng.Next(20)) + ",5" : RandomText(rng, alphabet, 12);
                var fast = AmountParser.TryParse(text, unit, out var v1, out var r1);
                var general = AmountParser.TryParseGeneral(text, unit, out var v2, out var r2);
                Assert.True((fast, fast ? v1 : 0, r1) == (general, general ? v2 : 0, r2), $"'{text}': fast {fast} {v1} '{r1}', general {general} {v2} '{r2}'");
            }
        }
    }

    [Fact]
    public void The_place_normalisation_fast_path_answers_as_icu()
    {
        var rng = new Random(8);
        const string alphabet = "北京市海淀区中国自由贸易试验区（）()ＡＢａｂab -#　０１23上海路号，、";
        for (var i = 0; i < Cases; i++)
        {
            var text = (i % 7 == 0 ? "中国（上海）" : "") + RandomText(rng, alphabet, 16);
            Assert.Equal(PlaceResolver.NormalizeGeneral(text), PlaceResolver.Normalize(text));
        }
    }

    [Fact]
    public void A_capital_sum_that_overflows_is_infinite_as_the_rows_add_up()
    {
        // Each amount is 1e304 万元 = 1e308 CNY (finite); two on one edge sum to +∞, which is what adding the rows one by
        // one gives, and the ingest does not throw.
        const string text = "fund_id,fund_place,partner_place,认缴出资额（万元）\nF1,深圳市,北京市,1e304\nF2,深圳市,北京市,1e304\n";
        var result = CityNetwork.FromFilings(new MemoryStream(Encoding.UTF8.GetBytes(text)), "overflow.csv");
        Assert.Equal(2, result.Report.RowsUsed);
        Assert.True(double.IsPositiveInfinity(Assert.Single(result.Network.Weights(EdgeWeight.Capital).ToArray())));
        Assert.Equal(2, Assert.Single(result.Network.Weights(EdgeWeight.Links).ToArray()));
    }

    [Theory]
    [InlineData("F1,深圳市,北京市,2023-01-01\nF2,深圳市,火星,2023-01-01\nF3,深圳市,北京市,2023-13-01\n", 3L, "unknown_place")]   // the resolver's rejection comes first
    [InlineData("F1,深圳市,北京市,2023-13-01\nF2,深圳市,火星,2023-01-01\nF3,深圳市,北京市,2023-01-01\n", 2L, "bad_date")]       // the reader's comes first
    public void Strict_mode_stops_at_the_first_rejected_row_whichever_thread_finds_it(string rows, long line, string code)
    {
        var bytes = Encoding.UTF8.GetBytes("fund_id,fund_place,partner_place,filed_on\n" + rows);
        var options = IngestOptions.Default with { Read = FilingsReadOptions.Default with { Strict = true } };
        var e = Assert.Throws<FilingsFormatException>(() => CityNetwork.FromFilings(new MemoryStream(bytes), "strict.csv", options));
        Assert.Equal(line, e.Line);
        Assert.StartsWith(code, e.Problem);
    }

    [Fact]
    public void Diagnostics_of_the_reader_and_of_the_resolver_keep_file_order_over_many_batches()
    {
        // 5,000 rows (several reader batches); every 7th has a bad date (found by the reader thread), every 11th an
        // unknown place (found by the resolving thread): the kept diagnostics come in line order.
        var sb = new StringBuilder("fund_id,fund_place,partner_place,filed_on\n");
        for (var i = 0; i < 5_000; i++)
            sb.Append('F').Append(i).Append(",深圳市,").Append(i % 11 == 0 ? "火星" : "北京市").Append(',').Append(i % 7 == 0 ? "2023-02-30" : "2023-02-03").Append('\n');
        var result = CityNetwork.FromFilings(new MemoryStream(Encoding.UTF8.GetBytes(sb.ToString())), "order.csv");
        var lines = result.Report.Diagnostics.Select(d => d.Line).ToArray();
        Assert.Equal(lines.Order().ToArray(), lines);
        var expected = Enumerable.Range(0, 5_000).Count(i => i % 7 == 0 || i % 11 == 0);
        Assert.Equal(expected, result.Report.RowsRejected);
        Assert.Equal(5_000 - expected, result.Report.RowsUsed);
    }

    private static string[] PlaceTexts(int count, int seed)
    {
        // Division names (full and short, with a street or a township behind them), credit codes of nothing, ambiguous
        // short names, foreign and empty-ish texts: each text drawn several times, as registry addresses repeat.
        var rng = new Random(seed);
        var divisions = PlaceResolver.Default.Gazetteer.Divisions;
        var tails = new[] { "", "解放路12号", "人民大道100号", "中山北路972号", "开发区", "镇政府", "东方市场八区", " ", "（有限合伙）" };
        var odd = new[] { "朝阳区", "宝山区", "火星", "Haidian District, Beijing", "台北市松山區", "上海-松江区", "浦东三林镇", "", "北京", "河东区" };
        var distinct = new string[count / 3];
        for (var i = 0; i < distinct.Length; i++)
        {
            if (i % 10 == 0) { distinct[i] = odd[rng.Next(odd.Length)] + tails[rng.Next(tails.Length)]; continue; }
            var d = divisions[rng.Next(divisions.Count)];
            var parent = rng.Next(2) == 0 && d.ProvinceName != d.Name ? d.ProvinceName : "";
            distinct[i] = parent + d.Name + tails[rng.Next(tails.Length)] + (rng.Next(3) == 0 ? rng.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        }
        return [.. Enumerable.Range(0, count).Select(_ => distinct[rng.Next(distinct.Length)])];
    }

    private static void SameAnswer(PlaceResolution expected, PlaceResolution actual, string text)
    {
        // Everything but Input (a shared outcome keeps the first text that gave it; the ingest reads the text from the row).
        Assert.True(ReferenceEquals(expected.Node, actual.Node) && ReferenceEquals(expected.Matched, actual.Matched)
            && expected.Method == actual.Method && expected.Failure == actual.Failure && expected.Reason == actual.Reason
            && expected.Candidates.SequenceEqual(actual.Candidates),
            $"'{text}': resolver {expected}, cache {actual}");
    }

    [Fact]
    public void The_shared_place_cache_answers_as_the_resolver_from_two_threads_while_it_grows()
    {
        // Expected: PlaceResolver.Resolve of each text, called directly. The cache starts at 8 slots and grows to 4,096
        // while two threads read and fill it at once; every answer, hit or miss, must be the resolver's.
        var resolver = PlaceResolver.Default;
        var texts = PlaceTexts(30_000, 17);
        var cache = new CapitalNetwork.Ingest.PlaceCache(8, 4_096);
        var expected = texts.Distinct().ToDictionary(t => t, t => resolver.Resolve(t));
        var answers = new PlaceResolution[2][];
        Parallel.For(0, 2, k =>
        {
            var mine = new PlaceResolution[texts.Length];
            for (var i = 0; i < texts.Length; i++) mine[i] = cache.Get(texts[k == 0 ? i : texts.Length - 1 - i], resolver);
            answers[k] = mine;
        });
        for (var i = 0; i < texts.Length; i++)
        {
            SameAnswer(expected[texts[i]], answers[0][i], texts[i]);
            SameAnswer(expected[texts[texts.Length - 1 - i]], answers[1][i], texts[texts.Length - 1 - i]);
        }
        Assert.Equal(4_096, cache.Capacity);
        Assert.InRange(cache.Count, 4_096 / 2 + 1, 4_096);   // full growth, then filled further, never past its slots
        // A hit needs no resolver; resolved texts share their outcome objects (far fewer objects than texts kept).
        var hits = 0;
        foreach (var t in expected.Keys)
            if (cache.TryGet(t, out var r)) { SameAnswer(expected[t], r, t); hits++; }
        Assert.True(hits > expected.Count / 4, $"only {hits} of {expected.Count} texts kept");
        Assert.True(cache.Outcomes < cache.Count, $"{cache.Outcomes} outcome objects for {cache.Count} texts");
    }

    [Fact]
    public void The_credit_code_cache_answers_as_the_resolver()
    {
        // Expected: PlaceResolver.ResolveCreditCode of each code (valid codes of several cities, a bad check digit, junk).
        var resolver = PlaceResolver.Default;
        var codes = new[] { "91320583MA1K4XH30F", "91110108MA01ABCD1X", "91440300MA5F000000", "123", "", "91320583MA1K4XH30G", "9131000074562891XE" };
        var cache = new CapitalNetwork.Ingest.PlaceCache(8, creditCode: true);
        for (var round = 0; round < 3; round++)
            foreach (var c in codes) SameAnswer(resolver.ResolveCreditCode(c), cache.Get(c, resolver), c);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_direct_build_of_the_snapshots_equals_the_builder_given_every_row(bool dense)
    {
        // Expected: a FlowNetworkBuilder per snapshot given every row one by one (the general path); the flow table sums
        // the rows and builds the networks directly (years 0 = none, 2018–2022; 40 nodes; capital up to 10¹⁰ CNY), in its
        // dense layout and in its hashed one.
        var rng = new Random(5);
        var nodes = FlowNetworkBuilder.ForCities(PlaceResolver.Default.Gazetteer).Build().NodeArray[..40];
        var table = new CapitalNetwork.Ingest.FlowTable(nodes.Length, dense);
        var builders = new Dictionary<int, FlowNetworkBuilder>();
        FlowNetworkBuilder For(int y) => builders.TryGetValue(y, out var b) ? b : builders[y] = FlowNetworkBuilder.WithNodes(nodes);
        var years = new SortedSet<int>();
        for (var i = 0; i < 20_000; i++)
        {
            var year = rng.Next(6) is var k && k == 0 ? 0 : 2017 + k;
            int s = rng.Next(nodes.Length), t = rng.Next(nodes.Length);
            bool newEdge = rng.Next(3) == 0, newCity = rng.Next(4) == 0;
            var capital = Math.Round(rng.NextDouble() * 1e10, 2);
            table.Add(year, s, t, newEdge, newCity, capital);
            foreach (var y in year == 0 ? new[] { 0 } : new[] { 0, year })
            {
                For(y).AddFlow(s, t, newEdge ? 1 : 0, 1, capital);
                if (newCity) For(y).AddRegisteredFunds(t, 1);
            }
            if (year != 0) years.Add(year);
        }
        var built = table.Build(nodes, years);
        Assert.Equal(years.Count + 1, built.Count);
        foreach (var (y, b) in builders)
        {
            var want = b.Build();
            var got = built[y];
            Assert.Equal(want.Sources.ToArray(), got.Sources.ToArray());
            Assert.Equal(want.Targets.ToArray(), got.Targets.ToArray());
            foreach (var w in new[] { EdgeWeight.Funds, EdgeWeight.Links, EdgeWeight.Capital })
                Assert.Equal(want.Weights(w).ToArray(), got.Weights(w).ToArray());
            for (var v = 0; v < nodes.Length; v++) Assert.Equal(want.RegisteredFunds(v), got.RegisteredFunds(v));
        }
    }
}
