using System.Collections.Immutable;
using System.Globalization;
using CapitalNetwork.Csv;
using CapitalNetwork.Measures.Regression;

namespace CapitalNetwork.Measures;

/// <summary>A PPML gravity model (<see cref="Gravity"/>): coefficients with robust standard errors, fit, convergence, and
/// what was left out. Immutable.</summary>
public sealed class GravityResult
{
    internal GravityResult(string dependent, ImmutableArray<GravityTerm> terms, long observations, long zeros, int originEffects,
        int destinationEffects, ImmutableArray<string> droppedOrigins, ImmutableArray<string> droppedDestinations,
        ImmutableArray<string> leftOutNodes, long leftOutDyads, double pseudoRSquared, double deviance, double nullDeviance,
        int iterations, bool converged, GravityOptions options)
    {
        Dependent = dependent;
        Terms = terms;
        Observations = observations;
        ZeroObservations = zeros;
        OriginEffects = originEffects;
        DestinationEffects = destinationEffects;
        DroppedOrigins = droppedOrigins;
        DroppedDestinations = droppedDestinations;
        LeftOutNodes = leftOutNodes;
        LeftOutDyads = leftOutDyads;
        PseudoRSquared = pseudoRSquared;
        Deviance = deviance;
        NullDeviance = nullDeviance;
        Iterations = iterations;
        Converged = converged;
        Options = options;
    }

    /// <summary>The flow matrix's name.</summary>
    public string Dependent { get; }

    /// <summary>The coefficients (fixed effects are not listed: they are nuisance parameters).</summary>
    public ImmutableArray<GravityTerm> Terms { get; }

    /// <summary>Dyads in the fit.</summary>
    public long Observations { get; }

    /// <summary>Dyads in the fit whose flow is 0 (PPML keeps them).</summary>
    public long ZeroObservations { get; }

    /// <summary>Origin fixed effects estimated (0 with masses).</summary>
    public int OriginEffects { get; }

    /// <summary>Destination fixed effects estimated, the reference destination not counted (0 with masses).</summary>
    public int DestinationEffects { get; }

    /// <summary>Origins whose flows are all 0: their effect is not identified (it would go to −∞), so they and their dyads are dropped (ppmlhdfe's rule).</summary>
    public ImmutableArray<string> DroppedOrigins { get; }

    /// <summary>Destinations whose flows are all 0, dropped with their dyads.</summary>
    public ImmutableArray<string> DroppedDestinations { get; }

    /// <summary>Nodes left out because a predictor cell of theirs was missing (NaN).</summary>
    public ImmutableArray<string> LeftOutNodes { get; }

    /// <summary>Dyads left out because a mass was ≤ 0 or missing (its logarithm is not finite).</summary>
    public long LeftOutDyads { get; }

    /// <summary>Pseudo-R² = corr(F, μ̂)², the squared correlation of flows and fitted flows (as Santos Silva and Tenreyro's Stata <c>ppml</c>).</summary>
    public double PseudoRSquared { get; }

    /// <summary>Poisson deviance 2 Σ [F ln(F/μ̂) − (F − μ̂)].</summary>
    public double Deviance { get; }

    /// <summary>Deviance of the model with a constant only (μ̂ = mean F).</summary>
    public double NullDeviance { get; }

    /// <summary>IRLS iterations taken.</summary>
    public int Iterations { get; }

    /// <summary>Whether the parameters settled within <see cref="GravityOptions.Tolerance"/> before <see cref="GravityOptions.MaxIterations"/>.</summary>
    public bool Converged { get; }

    /// <summary>The options.</summary>
    public GravityOptions Options { get; }

    /// <summary>What was estimated, in words.</summary>
    public string Variant =>
        $"PPML gravity model of {Dependent} (Santos Silva & Tenreyro 2006): " +
        (Options.Masses.IsEmpty ? $"origin ({OriginEffects}) and destination ({DestinationEffects} + reference) fixed effects" : "intercept and ln masses") +
        $", {Observations:N0} dyads ({ZeroObservations:N0} zero), diagonal {(Options.IncludeDiagonal ? "included" : "excluded")}, robust HC0 standard errors";

    /// <summary>The model as a plain-text table like published ones: coefficient, robust standard error, z, p and stars, then
    /// N, zeros, pseudo-R², deviance, fixed effects, convergence, and what was dropped.</summary>
    /// <returns>The table, lines ending in '\n'.</returns>
    public string ToTable()
    {
        var rows = Terms.Select(t => (IReadOnlyList<string>)
        [
            t.Name, PrintedTable.Number(t.Coefficient), PrintedTable.Number(t.StandardError), PrintedTable.Number(t.Z, 3),
            PrintedTable.Number(t.P, 4), PrintedTable.Stars(t.P),
        ]).ToList();
        var footer = new List<string>
        {
            $"N = {Observations:N0} dyads ({ZeroObservations:N0} zero flows kept)   pseudo-R² = {PrintedTable.Number(PseudoRSquared)}   deviance = {PrintedTable.Number(Deviance, 2)} (null {PrintedTable.Number(NullDeviance, 2)})",
            Options.Masses.IsEmpty
                ? $"Fixed effects: origin {OriginEffects:N0}, destination {DestinationEffects + 1:N0}; diagonal {(Options.IncludeDiagonal ? "included (with a local indicator)" : "excluded")}"
                : $"Masses: {string.Join(", ", Options.Masses.Select(m => $"{m.Name} ({(m.Side == FlowSide.Supplied ? "origin" : "destination")})"))}; diagonal {(Options.IncludeDiagonal ? "included (with a local indicator)" : "excluded")}",
            Converged ? $"Converged in {Iterations} IRLS iterations (tolerance {Options.Tolerance:G3})." : $"NOT converged after {Iterations} iterations: the estimates are not final.",
        };
        var notes = new List<string> { "Robust (Eicker–Huber–White, HC0) standard errors. Signif.: *** < 0.001  ** < 0.01  * < 0.05  . < 0.1" };
        if (DroppedOrigins.Length + DroppedDestinations.Length > 0)
            notes.Add($"Dropped, all flows zero (effect not identified): {DroppedOrigins.Length:N0} origin(s), {DroppedDestinations.Length:N0} destination(s), with their dyads.");
        if (LeftOutNodes.Length > 0) notes.Add($"Left out for missing predictor values: {LeftOutNodes.Length:N0} node(s).");
        if (LeftOutDyads > 0) notes.Add($"Left out: {LeftOutDyads:N0} dyad(s) whose mass is ≤ 0 or missing (no logarithm).");
        return PrintedTable.Render($"PPML gravity model of {Dependent}", ["", "coef", "robust se", "z", "P>|z|", ""], rows, footer, notes);
    }

    /// <summary>Writes one CSV row per term: term, coefficient, std_error, z, p, then observations, zeros, pseudo_r_squared,
    /// deviance, iterations, converged, dropped_origins, dropped_destinations repeated on every row.</summary>
    /// <param name="writer">The destination (left open).</param>
    /// <param name="cells">Spreadsheet-safe cells (default) or raw.</param>
    public void WriteCsv(TextWriter writer, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(writer);
        static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
        CsvRows.Table(writer,
            ["term", "coefficient", "std_error", "z", "p", "observations", "zero_observations", "pseudo_r_squared", "deviance", "iterations", "converged", "dropped_origins", "dropped_destinations"],
            Terms.Select(t => (IEnumerable<string?>)
            [
                t.Name, PrintedTable.Invariant(t.Coefficient), PrintedTable.Invariant(t.StandardError), PrintedTable.Invariant(t.Z),
                PrintedTable.Invariant(t.P), I(Observations), I(ZeroObservations), PrintedTable.Invariant(PseudoRSquared),
                PrintedTable.Invariant(Deviance), I(Iterations), Converged ? "true" : "false", I(DroppedOrigins.Length), I(DroppedDestinations.Length),
            ]), cells);
    }

    /// <inheritdoc />
    public override string ToString() => ToTable();
}
