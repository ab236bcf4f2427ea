using System.CommandLine;

namespace CapitalNetwork.Cli.Commands;

/// <summary><c>capnet synth -n ROWS -o FILE</c>: write seeded synthetic filings (for trials and benchmarks).</summary>
internal static class SynthCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rows = new Option<int>("--rows", "-n") { Description = "Number of data rows.", DefaultValueFactory = _ => 5000 };
        var output = new Option<string>("--output", "-o") { Description = "CSV file to write.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Random seed (same seed, same file).", DefaultValueFactory = _ => 20231231UL };
        var english = new Option<bool>("--english") { Description = "Canonical English headers and capital in CNY instead of Chinese headers and 万元." };
        var cmd = new Command("synth", "Write a seeded synthetic filings file shaped like the field (hubs, local share, East ≫ Central ≈ West > Northeast).")
        {
            rows, output, seed, english,
        };
        cmd.SetAction(pr =>
        {
            var options = new SyntheticFilingsOptions
            {
                Rows = pr.GetValue(rows),
                Seed = pr.GetValue(seed),
                ChineseHeaders = !pr.GetValue(english),
                CapitalInWan = !pr.GetValue(english),
            };
            var path = pr.GetValue(output)!;
            SyntheticFilings.Write(path, options);
            stdout.WriteLine($"wrote {options.Rows:N0} rows to {path}");
            return 0;
        });
        return cmd;
    }
}
