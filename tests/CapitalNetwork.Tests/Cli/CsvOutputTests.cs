using CapitalNetwork.Cli;
using CapitalNetwork.Cli.Commands;
using CapitalNetwork.Tests.Csv;

namespace CapitalNetwork.Tests.Cli;

/// <summary>
/// capnet's CSV tables (<see cref="CsvOutput"/>): text cells that a spreadsheet would run as formulas get OWASP's leading
/// apostrophe (owasp.org/www-community/attacks/CSV_Injection) and quotes, numbers from <see cref="CsvOutput.Number"/> stay
/// numbers, <see cref="CsvCells.Raw"/> writes every cell as it is. Expected bytes by hand from the cells written here and
/// from TestData/hostile/edgelist-formulas.csv (make_hostile.py).
/// </summary>
public class CsvOutputTests
{
    private static readonly string[][] Rows =
    [
        ["=cmd|' /C calc'!A0", CsvOutput.Number(-3.5)], ["@SUM(A1)", CsvOutput.Number(-0.25)], ["+1", CsvOutput.Number(1e-7)],
        ["-2+3", CsvOutput.Number(null)], ["\t=1", "-1E-07"], ["\r=1", "-42"],
    ];

    private static string Table(CsvCells? cells)
    {
        var w = new StringWriter();
        if (cells is { } c) CsvOutput.Table(w, ["figure", "value"], Rows, c);
        else CsvOutput.Table(w, ["figure", "value"], Rows);
        return w.ToString();
    }

    [Fact]
    public void Formulas_are_escaped_by_default_and_numbers_stay_numbers()
    {
        Assert.Equal("figure,value\n\"'=cmd|' /C calc'!A0\",-3.5\n\"'@SUM(A1)\",-0.25\n\"'+1\",1E-07\n\"'-2+3\",\n\"'\t=1\",-1E-07\n\"'\r=1\",-42\n",
            Table(null));
        Assert.Equal(Table(null), Table(CsvCells.SpreadsheetSafe));
        Assert.Empty(SpreadsheetCells.Formulas(Table(null)));
    }

    [Fact]
    public void Raw_cells_are_written_as_they_are()
    {
        Assert.Equal("figure,value\n=cmd|' /C calc'!A0,-3.5\n@SUM(A1),-0.25\n+1,1E-07\n-2+3,\n\t=1,-1E-07\n\"\r=1\",-42\n", Table(CsvCells.Raw));
    }

    [Fact]
    public async Task Capnet_measures_escapes_formula_ids()
    {
        // edgelist-formulas.csv: =cmd…→@SUM(A1) (2), +1→-2+3 (1), -3.5→b (1).
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "hostile", "edgelist-formulas.csv");
        var stdout = new StringWriter();
        var code = await CapnetApp.RunAsync(["measures", path, "--format", "csv", "--only", "in_strength,out_strength"], stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Equal("id,label,in_strength,out_strength\n\"'=cmd|' /C calc'!A0\",\"'=cmd|' /C calc'!A0\",0,2\n\"'@SUM(A1)\",\"'@SUM(A1)\",2,0\n" +
                     "\"'+1\",\"'+1\",0,1\n\"'-2+3\",\"'-2+3\",1,0\n-3.5,-3.5,0,1\nb,b,1,0\n", stdout.ToString());
    }
}
