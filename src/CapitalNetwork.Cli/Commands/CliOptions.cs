using System.CommandLine;
using System.Globalization;

namespace CapitalNetwork.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    public static Option<EdgeWeight> Weight(string description) => new("--weight", "-w")
    {
        Description = description + " (funds, links or capital)",
        DefaultValueFactory = _ => EdgeWeight.Funds,
        CustomParser = r =>
        {
            var t = r.Tokens.Count > 0 ? r.Tokens[0].Value : "funds";
            if (Enum.TryParse<EdgeWeight>(t, ignoreCase: true, out var w)) return w;
            r.AddError($"--weight must be funds, links or capital, not '{t}'.");
            return EdgeWeight.Funds;
        },
    };

    /// <summary>
    /// A number option checked at parse time: invariant-culture text that <paramref name="valid"/> accepts, otherwise
    /// the error "NAME must be EXPECTED, not 'TEXT'.".
    /// </summary>
    public static Option<double> Number(string name, string description, double fallback, Func<double, bool> valid, string expected) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = r =>
        {
            var t = r.Tokens.Count > 0 ? r.Tokens[0].Value : fallback.ToString(CultureInfo.InvariantCulture);
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) && valid(a)) return a;
            r.AddError($"{name} must be {expected}, not '{t}'.");
            return fallback;
        },
    };

    /// <summary><c>--katz-alpha</c>: Katz attenuation α, a positive number (NetworkX's default 0.1).</summary>
    public static Option<double> KatzAlpha() => Number("--katz-alpha",
        "Katz attenuation α (NetworkX's default 0.1); the series converges only below 1/λ₁ of the unweighted adjacency matrix, so dense city networks need a smaller α.",
        0.1, a => a > 0 && double.IsFinite(a), "a positive number");

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description + " (yyyy-MM-dd)",
        CustomParser = r =>
        {
            var t = r.Tokens[0].Value;
            if (DateOnly.TryParseExact(t, ["yyyy-MM-dd", "yyyy-M-d", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return d;
            r.AddError($"{name} must be a date such as 2023-12-31, not '{t}'.");
            return null;
        },
    };

    /// <summary><c>--self-loops keep|drop</c>: whether PageRank, eigenvector, HITS and Katz count local capital.</summary>
    public static Option<string> SelfLoops()
    {
        var o = new Option<string>("--self-loops")
        {
            Description = "pagerank, eigenvector, hub, authority, katz, constraint and effective_size: keep local capital (self-loops) on the diagonal, as NetworkX does, or drop it to rank cities by flows between cities only.",
            DefaultValueFactory = _ => "keep",
        };
        o.AcceptOnlyFromAmong("keep", "drop");
        return o;
    }

    /// <summary>The stderr line that says how the spectral keys treated local capital, when the network has any.</summary>
    public static string? SelfLoopNote(FlowNetwork net, bool kept, IEnumerable<string> keys)
    {
        string[] spectral = ["pagerank", "eigenvector", "hub", "authority", "katz", "constraint", "effective_size"];
        var used = spectral.Where(keys.Contains).ToList();
        if (used.Count == 0) return null;
        var loops = 0;
        for (var e = 0; e < net.EdgeCount; e++)
            if (net.Edge(e).IsLoop) loops++;
        if (loops == 0) return null;
        return kept
            ? $"{string.Join(", ", used)}: local capital (self-loops at {loops:N0} nodes) counted, as NetworkX does, so a city with much local capital ranks high; --self-loops drop ranks by flows between cities only."
            : $"{string.Join(", ", used)}: local capital (self-loops at {loops:N0} nodes) left out; NetworkX counts it (--self-loops keep).";
    }

    /// <summary><c>--raw-csv</c>: write CSV cells unchanged for machine readers instead of neutralising formulas.</summary>
    public static Option<bool> RawCsv() => new("--raw-csv")
    {
        Description = "Write CSV cells as they are, for scripts and databases. By default a text cell that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so Excel and WPS do not run it as a formula (CSV injection, OWASP); numbers stay numbers.",
    };

    /// <summary>The CSV cell mode chosen on the command line.</summary>
    public static CsvCells Cells(ParseResult pr, Option<bool> raw) => pr.GetValue(raw) ? CsvCells.Raw : CsvCells.SpreadsheetSafe;
}
