using System.Text;
using CapitalNetwork.Measures;
using static CapitalNetwork.Tests.Measures.ConcentrationReference;

namespace CapitalNetwork.Tests.Measures;

/// <summary>A user's per-province indicator table: Chinese headers, encodings, unusable rows; figures against make_reference.py.</summary>
public class IndicatorTableTests
{
    private static IndicatorTable Parse(string text, Encoding? encoding = null) =>
        IndicatorTable.Read(new MemoryStream((encoding ?? new UTF8Encoding(false)).GetBytes(text)), "table.csv");

    [Fact]
    public void Provinces_fixture_gives_the_reference_figures()
    {
        var table = IndicatorTable.Read(Path.Combine(Dir, "provinces.csv"));
        Assert.Equal(31, table.RowCount);
        Assert.Equal("省份", table.Columns[0]);
        var s = table.Select("认缴规模（亿元）", "地区", "常住人口（万人）");
        Assert.Empty(s.Problems);
        var r = Of("provinces_weighted");
        Close(r.GetProperty("gini"), Concentration.Gini(s.Values.AsSpan(), s.Options).Value, "gini");
        Close(r.GetProperty("decomposition_ge_1").GetProperty("between"), Concentration.TheilT(s.Values.AsSpan(), s.Options).Between, "theil_t between");
        var cmp = Flows.Compare(s);
        Assert.Equal(new[] { "东部", "中部", "西部", "东北" }, cmp.Rows.Select(x => x.Group));
        Close(r.GetProperty("groups").GetProperty("东部").GetProperty("share"), cmp["东部"].Share, "东部 share");
        Assert.Equal("认缴规模（亿元）", cmp.Indicator);
        Assert.Equal(table.Lines[0], s.Lines[0]);
        Assert.Equal(2, s.Lines[0]);
    }

    [Fact]
    public void Unusable_rows_are_listed_with_line_column_and_reason()
    {
        var table = Parse("省份,基金数量,人口\n北京,10,5\n天津,,3\n河北,NA,4\n山西,-2,1\n内蒙古,\"1,234.5\",2\n辽宁,7,x\n");
        var s = table.Select("基金数量", weightColumn: "人口");
        Assert.Equal(new[] { 10, 1234.5 }, s.Values);
        Assert.Equal(new[] { 5.0, 2 }, s.Weights!);
        Assert.Equal(new long[] { 2, 6 }, s.Lines);
        Assert.Equal(new[] { (3L, "empty_value"), (4L, "not_a_number"), (5L, "negative_value"), (7L, "not_a_number") },
            s.Problems.Select(p => (p.Line, p.Reason)));
        Assert.Equal("基金数量", s.Problems[2].Column);
        Assert.Equal("-2", s.Problems[2].Raw);
        Assert.Equal("人口", s.Problems[3].Column);
    }

    [Fact]
    public void Gb18030_and_tab_separated()
    {
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var table = Parse("地区\t数值\n东部\t3\n西部\t1\n", gb);
        Assert.Equal(new[] { "地区", "数值" }, table.Columns);
        Assert.Equal(new[] { "东部", "西部" }, table.Text("地区"));
        var s = table.Select("数值", "地区");
        Assert.Equal(new[] { "东部", "西部" }, s.Groups!.Names);
        Assert.Equal(0.75, Flows.Compare(s)["东部"].Share);
    }

    [Fact]
    public void Unknown_column_and_empty_file()
    {
        var e = Assert.Throws<ArgumentException>(() => Parse("a,b\n1,2\n").Select("c"));
        Assert.Contains("a, b", e.Message);
        Assert.Equal(1, Parse("A,b\n1,2\n").ColumnIndex(" b "));
        Assert.Throws<FilingsFormatException>(() => Parse(""));
        Assert.Throws<FilingsFormatException>(() => IndicatorTable.Read(Path.Combine(Dir, "no-such-file.csv")));
    }

    [Fact]
    public void Empty_group_cells_are_left_out()
    {
        var s = Parse("g,v\nx,1\n,2\ny,3\n").Select("v", "g");
        Assert.Equal(new[] { 1.0, 3 }, s.Values);
        Assert.Equal("empty_group", Assert.Single(s.Problems).Reason);
        Assert.Equal(InequalityVariant.Population, s.Options.Variant);
    }
}
