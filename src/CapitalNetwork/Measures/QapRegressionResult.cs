using System.Collections.Immutable;
using CapitalNetwork.Csv;
using CapitalNetwork.Measures.Regression;

namespace CapitalNetwork.Measures;

/// <summary>An MRQAP regression (<see cref="Qap.Regression"/>): OLS over the used dyads with permutation p-values. Immutable.</summary>
public sealed class QapRegressionResult
{
    internal QapRegressionResult(string dependent, ImmutableArray<QapTerm> terms, double rSquared, double adjustedRSquared,
        double residualStandardError, long dyads, int nodes, ImmutableArray<string> leftOutNodes, QapOptions options)
    {
        Dependent = dependent;
        Terms = terms;
        RSquared = rSquared;
        AdjustedRSquared = adjustedRSquared;
        ResidualStandardError = residualStandardError;
        Dyads = dyads;
        NodeCount = nodes;
        LeftOutNodes = leftOutNodes;
        Options = options;
    }

    /// <summary>The dependent matrix's name.</summary>
    public string Dependent { get; }

    /// <summary>The intercept, then one term per predictor in the order given.</summary>
    public ImmutableArray<QapTerm> Terms { get; }

    /// <summary>R² = 1 − RSS / TSS over the used dyads.</summary>
    public double RSquared { get; }

    /// <summary>Adjusted R² = 1 − (1 − R²)(N − 1)/(N − p − 1), N dyads, p predictors.</summary>
    public double AdjustedRSquared { get; }

    /// <summary>√(RSS / (N − p − 1)).</summary>
    public double ResidualStandardError { get; }

    /// <summary>Dyads used N: k(k − 1) over the k kept nodes, or k² with the diagonal.</summary>
    public long Dyads { get; }

    /// <summary>Nodes used k.</summary>
    public int NodeCount { get; }

    /// <summary>Ids of nodes left out because a cell of theirs was missing (NaN) in some matrix.</summary>
    public ImmutableArray<string> LeftOutNodes { get; }

    /// <summary>The options.</summary>
    public QapOptions Options { get; }

    /// <summary>What was computed, in words.</summary>
    public string Variant =>
        $"MRQAP: OLS of {Dependent} on {Dyads:N0} {(Options.IncludeDiagonal ? "" : "off-diagonal ")}dyads of {NodeCount:N0} nodes; null: " +
        (Options.NullHypothesis == QapNullHypothesis.DoubleSemiPartialling
            ? "double semi-partialling (Dekker, Krackhardt & Snijders 2007; sna netlm qapspp)"
            : "Y-permutation (sna netlm qapy)") +
        $", t-values, {Options.Permutations:N0} permutations, seed {Options.Seed}";

    /// <summary>The regression as a plain-text table like published ones: coefficient, standardised coefficient, t and
    /// the three permutation proportions per term, stars on the two-sided one (*** &lt; 0.001, ** &lt; 0.01, * &lt; 0.05, . &lt; 0.1), then R², adjusted R² and N.</summary>
    /// <returns>The table, lines ending in '\n'.</returns>
    public string ToTable()
    {
        var rows = Terms.Select(t => (IReadOnlyList<string>)
        [
            t.Name, PrintedTable.Number(t.Coefficient), PrintedTable.Number(t.StandardizedCoefficient), PrintedTable.Number(t.TValue, 3),
            PrintedTable.Number(t.ShareAtLeast, 4), PrintedTable.Number(t.ShareAtMost, 4), PrintedTable.Number(t.ShareAsExtreme, 4),
            PrintedTable.Stars(t.ShareAsExtreme),
        ]).ToList();
        var notes = new List<string>
        {
            $"Null: {(Options.NullHypothesis == QapNullHypothesis.DoubleSemiPartialling ? "double semi-partialling (qapspp)" : "Y-permutation (qapy)")}, {Options.Permutations:N0} permutations, seed {Options.Seed}; P = share of permuted t-values ≥, ≤, |·| ≥ the observed.",
            "Signif.: *** < 0.001  ** < 0.01  * < 0.05  . < 0.1 (two-sided P)",
        };
        if (LeftOutNodes.Length > 0) notes.Add($"Left out for missing values: {LeftOutNodes.Length} node(s): {string.Join(", ", LeftOutNodes.Take(10))}{(LeftOutNodes.Length > 10 ? " …" : "")}");
        return PrintedTable.Render($"MRQAP regression of {Dependent}",
            ["", "coef", "std.coef", "t", "P(≥t)", "P(≤t)", "P(|t|)", ""], rows,
            [$"R² = {PrintedTable.Number(RSquared)}   adj. R² = {PrintedTable.Number(AdjustedRSquared)}   N = {Dyads:N0} dyads ({NodeCount:N0} nodes{(Options.IncludeDiagonal ? ", diagonal included" : ", diagonal excluded")})"],
            notes);
    }

    /// <summary>Writes one CSV row per term: term, coefficient, std_coefficient, std_error, t, p_ge, p_le, p_abs, then the
    /// model's r_squared, adj_r_squared, dyads, nodes, null, permutations, seed repeated on every row.</summary>
    /// <param name="writer">The destination (left open).</param>
    /// <param name="cells">Spreadsheet-safe cells (default) or raw.</param>
    public void WriteCsv(TextWriter writer, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var nul = Options.NullHypothesis == QapNullHypothesis.DoubleSemiPartialling ? "qapspp" : "qapy";
        CsvRows.Table(writer,
            ["term", "coefficient", "std_coefficient", "std_error", "t", "p_ge", "p_le", "p_abs", "r_squared", "adj_r_squared", "dyads", "nodes", "null", "permutations", "seed"],
            Terms.Select(t => (IEnumerable<string?>)
            [
                t.Name, PrintedTable.Invariant(t.Coefficient), double.IsNaN(t.StandardizedCoefficient) ? "" : PrintedTable.Invariant(t.StandardizedCoefficient),
                PrintedTable.Invariant(t.StandardError), PrintedTable.Invariant(t.TValue), PrintedTable.Invariant(t.ShareAtLeast),
                PrintedTable.Invariant(t.ShareAtMost), PrintedTable.Invariant(t.ShareAsExtreme), PrintedTable.Invariant(RSquared),
                PrintedTable.Invariant(AdjustedRSquared), Dyads.ToString(System.Globalization.CultureInfo.InvariantCulture),
                NodeCount.ToString(System.Globalization.CultureInfo.InvariantCulture), nul,
                Options.Permutations.ToString(System.Globalization.CultureInfo.InvariantCulture), Options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ]), cells);
    }

    /// <inheritdoc />
    public override string ToString() => ToTable();
}
