#:project ../../src/CapitalNetwork/CapitalNetwork.csproj
// Writes examples/data/sample-filings.csv: 4,000 synthetic filing rows (SyntheticFilings, seed 20231231, Chinese
// headers, capital in 万元) plus 12 deliberately bad rows at fixed positions, as UTF-8 with a BOM (Excel's
// "CSV UTF-8"). Prints the table of bad rows (real line numbers, header = line 1) and the sample's regional shares.
//   cd /work/main && dotnet run tools/make-sample/make-sample.cs -- examples/data/sample-filings.csv
using System.Globalization;
using System.Text;
using CapitalNetwork;

if (args.Length != 1 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: dotnet run tools/make-sample/make-sample.cs -- OUT.csv");
    return 2;
}

var options = SyntheticFilingsOptions.Default with { Rows = 4000, ChineseHeaders = true, CapitalInWan = true };
var header = SyntheticFilings.Header(options);
var good = SyntheticFilings.Rows(options).ToList();

// Column positions (SyntheticFilings.Header order).
const int FundPlace = 2, FiledOn = 3, PartnerName = 4, PartnerKind = 5, PartnerPlace = 6, CreditCode = 7, Capital = 8;

// Each bad row is derived from the good row just before it (same fund), with one thing broken; the duplicate repeats
// an earlier good row exactly. (insert after good row #, what is wrong, expected diagnostic code, how to make the row)
const int RepeatDistance = 60;
var bad = new (int After, string What, string Code, Func<string[], string[]> Make)[]
{
    (150, "partner place `火星市奥林匹斯山大道1号` is no place in China, and there is no credit code", "unknown_place",
        r => With(r, (PartnerName, "火星矿业有限公司"), (PartnerPlace, "火星市奥林匹斯山大道1号"), (CreditCode, ""))),
    (420, "partner place `朝阳区` alone: 北京, 长春 or 朝阳市 (辽宁)?", "ambiguous_place",
        r => With(r, (PartnerName, "朝阳某科技有限公司"), (PartnerPlace, "朝阳区"), (CreditCode, ""))),
    (777, "fund place `江苏省` names only a province", "province_only_place",
        r => With(r, (FundPlace, "江苏省"))),
    (1024, "partner place `开曼群岛` is abroad (an offshore LP)", "foreign_place",
        r => With(r, (PartnerName, "Blue Harbor Capital Ltd."), (PartnerKind, LimitedKind(r[PartnerKind])), (PartnerPlace, "开曼群岛"), (CreditCode, ""))),
    (1500, "filing date `2023-02-30` does not exist", "bad_date",
        r => With(r, (FiledOn, "2023-02-30"))),
    (1808, "amount `-50` is negative", "bad_amount",
        r => With(r, (Capital, "-50"))),
    (2100, "amount `abc` is not a number", "bad_amount",
        r => With(r, (Capital, "abc"))),
    (2500, "fund place (注册地) is empty", "missing_field",
        r => With(r, (FundPlace, ""))),
    (2900, "exact repeat of line {repeat}: the same fund–partner pair again", "duplicate_pair",
        r => r), // the row itself is a copy of an earlier good row, see below
    (3300, "8 fields instead of 9 (the partner-kind cell is missing)", "malformed_row",
        r => [.. r[..PartnerKind], .. r[(PartnerKind + 1)..]]),
    (3650, "the partner gives only a credit code, `91330206MA2AH1234Y`, and its check character is wrong", "unknown_place",
        r => With(r, (PartnerName, "宁波某实业有限公司"), (PartnerPlace, ""), (CreditCode, "91330206MA2AH1234Y"))),
    (3901, "amount is empty (a warning: the row is used with zero capital)", "missing_amount",
        r => With(r, (PartnerName, "钱空白"), (PartnerKind, LimitedKind(r[PartnerKind])), (PartnerPlace, "浙江省杭州市西湖区"), (CreditCode, ""), (Capital, ""))),
};

var rows = new List<string[]>(good.Count + bad.Length);
var lineOfGood = new int[good.Count];
var table = new List<(int Line, string What, string Code)>();
var next = 0;
for (var i = 0; i < good.Count; i++)
{
    rows.Add(good[i]);
    lineOfGood[i] = rows.Count + 1; // + 1: the header is line 1
    while (next < bad.Length && bad[next].After == i + 1)
    {
        var (_, what, code, make) = bad[next++];
        var repeat = i + 1 - RepeatDistance;
        rows.Add(code == "duplicate_pair" ? good[repeat] : make(good[i]));
        table.Add((rows.Count + 1, what.Replace("{repeat}", lineOfGood[repeat].ToString(CultureInfo.InvariantCulture)), code));
    }
}

// A wrong check character must really be wrong.
if (PlaceResolver.Default.ResolveCreditCode("91330206MA2AH1234Y").IsResolved)
    throw new InvalidOperationException("the deliberately bad credit code resolves; pick another check character");

var path = Path.GetFullPath(args[0]);
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
{
    WriteLine(writer, header);
    foreach (var r in rows) WriteLine(writer, r);
}

Console.WriteLine($"wrote {path}: header + {rows.Count} rows ({good.Count} generated, {bad.Length} deliberately bad)");
Console.WriteLine();
Console.WriteLine("| line | what is wrong | expected diagnostic |");
Console.WriteLine("|---:|---|---|");
foreach (var (line, what, code) in table)
    Console.WriteLine($"| {line} | {what} | `{code}` |");

// Regional shares and leading cities of the generated funds (by fund, from the fund place).
var funds = good.GroupBy(r => r[0]).Select(g => PlaceResolver.Default.Resolve(g.First()[FundPlace]).Node!).ToList();
Console.WriteLine();
Console.WriteLine($"{funds.Count} funds; by region of the fund city:");
foreach (var g in funds.GroupBy(n => n.Region).OrderBy(g => g.Key))
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {g.Key,-10} {g.Count(),5} {100.0 * g.Count() / funds.Count,5:F1} %"));
Console.WriteLine("top fund cities: " + string.Join(", ", funds.GroupBy(n => n.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(8)
    .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()} ({100.0 * g.Count() / funds.Count:F1} %)"))));
return 0;

static string[] With(string[] row, params (int Column, string Value)[] changes)
{
    var copy = (string[])row.Clone();
    foreach (var (c, v) in changes) copy[c] = v;
    return copy;
}

static string LimitedKind(string kind) => kind == "普通合伙人" ? "有限合伙人" : kind;

static void WriteLine(TextWriter w, IReadOnlyList<string> fields)
{
    w.Write(string.Join(',', fields.Select(f => f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + f.Replace("\"", "\"\"") + "\"" : f)));
    w.Write('\n');
}
