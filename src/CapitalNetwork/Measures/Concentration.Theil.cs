using System.Globalization;

namespace CapitalNetwork.Measures;

public static partial class Concentration
{
    /// <summary>
    /// Theil T = GE(1) = (1/F) Σ f_i (x_i/μ) ln(x_i/μ) = Σ s_i ln(x_i/μ), s_i = f_i x_i / X (unweighted: Σ s_i ln(n s_i));
    /// 0·ln 0 = 0, so zeros are allowed and n still counts them (range [0, ln n]). R ineq's <c>Theil(parameter = 0)</c>
    /// drops zeros first, which gives T − ln(n/n₊); PySAL's <c>Theil</c> agrees with this one. With a grouping, the exact
    /// decomposition T = T_B + T_W, T_B = Σ_g s_g ln(s_g/p_g), T_W = Σ_g s_g T_g. Undefined: no unit, or every value zero.
    /// n = 1 or one group give T_B = 0. Units in no group of the grouping (<see cref="Grouping.LeftOut"/>) are left out
    /// of every part, and the result says so (<see cref="TheilResult.Coverage"/>). O(n).
    /// </summary>
    /// <remarks>Theil, H. (1967), Economics and Information Theory, North-Holland; decomposition: Shorrocks, A. F. (1980), The class of additively decomposable inequality measures, Econometrica 48(3):613–625, doi:10.2307/1913126.</remarks>
    /// <param name="values">Non-negative values.</param>
    /// <param name="options">Weights (population weights: the result equals that of x_i repeated f_i times) and groups.</param>
    /// <returns>Key <c>theil_t</c>.</returns>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or a length differs.</exception>
    public static TheilResult TheilT(ReadOnlySpan<double> values, InequalityOptions? options = null) => Entropy(values, 1, options);

    /// <inheritdoc cref="TheilT(ReadOnlySpan{double}, InequalityOptions?)"/>
    public static TheilResult TheilT(IReadOnlyList<double> values, InequalityOptions? options = null) =>
        Entropy(ConcentrationMath.ToArray(values), 1, options);

    /// <summary>Theil T of per-node values over every node (zeros included); one group <c>all</c> unless the options give a grouping of the nodes. O(n).</summary>
    /// <param name="values">Per-node values.</param>
    /// <param name="options">Weights and groups, if any.</param>
    /// <returns>Key <c>theil_t</c>.</returns>
    public static TheilResult TheilT(NodeValues values, InequalityOptions? options = null) => Entropy(Span(values), 1, options);

    /// <summary>
    /// Theil T of per-node values of a city network, decomposed between and within the four mainland regions (East,
    /// Central, West, Northeast) or the provinces. By region, Hong Kong, Macao and Taiwan are in no region and are left
    /// out: Total = Between + Within is the Theil T of the mainland cities, and <see cref="TheilResult.Coverage"/> (also
    /// in the variant) gives the units left out and their share of the total. For the five-group figure of earlier
    /// versions (港澳台 as a group Outside) pass <c>new InequalityOptions { Groups = Grouping.ByRegion(network,
    /// includeOutside: true) }</c>. O(n).
    /// </summary>
    /// <param name="values">Per-node values of a city network.</param>
    /// <param name="groupBy">Region (four mainland regions) or province (every province-level unit).</param>
    /// <returns>Key <c>theil_t</c>.</returns>
    /// <exception cref="InvalidOperationException">The network is not a city network.</exception>
    public static TheilResult TheilT(NodeValues values, RollUpLevel groupBy) =>
        Entropy(Span(values), 1, new InequalityOptions { Groups = Grouping.By(values.Network, groupBy) });

    /// <summary>
    /// Theil L = GE(0) = mean log deviation (1/F) Σ f_i ln(μ/x_i) (REAT <c>theil</c>; ineq <c>entropy(parameter = 0)</c>).
    /// Undefined (infinite) when any unit with positive weight has x_i = 0 — the result names the first such index —
    /// and when every value is zero. Decomposition L = L_B + L_W, L_B = Σ_g p_g ln(p_g/s_g), L_W = Σ_g p_g L_g. O(n).
    /// </summary>
    /// <remarks>Theil (1967); Shorrocks (1980), doi:10.2307/1913126.</remarks>
    /// <param name="values">Non-negative values (positive for a defined result).</param>
    /// <param name="options">Weights and groups.</param>
    /// <returns>Key <c>theil_l</c>.</returns>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or a length differs.</exception>
    public static TheilResult TheilL(ReadOnlySpan<double> values, InequalityOptions? options = null) => Entropy(values, 0, options);

    /// <inheritdoc cref="TheilL(ReadOnlySpan{double}, InequalityOptions?)"/>
    public static TheilResult TheilL(IReadOnlyList<double> values, InequalityOptions? options = null) =>
        Entropy(ConcentrationMath.ToArray(values), 0, options);

    /// <summary>Theil L of per-node values over every node (undefined when a node has 0). O(n).</summary>
    /// <param name="values">Per-node values.</param>
    /// <param name="options">Weights and groups, if any.</param>
    /// <returns>Key <c>theil_l</c>.</returns>
    public static TheilResult TheilL(NodeValues values, InequalityOptions? options = null) => Entropy(Span(values), 0, options);

    /// <summary>Theil L of per-node values of a city network, decomposed by region (the four mainland regions; Hong Kong, Macao and Taiwan left out, as in <see cref="TheilT(NodeValues, RollUpLevel)"/>) or province. O(n).</summary>
    /// <param name="values">Per-node values of a city network.</param>
    /// <param name="groupBy">Region or province.</param>
    /// <returns>Key <c>theil_l</c>.</returns>
    public static TheilResult TheilL(NodeValues values, RollUpLevel groupBy) =>
        Entropy(Span(values), 0, new InequalityOptions { Groups = Grouping.By(values.Network, groupBy) });

    /// <summary>
    /// Generalized entropy GE(α) = 1/(α(α − 1)) · (1/F) Σ f_i [(x_i/μ)^α − 1] for α ∉ {0, 1}; α = 1 is Theil T and α = 0
    /// Theil L (the limits). GE(2) = CV²/2. Zeros are allowed for α &gt; 0 and make the index undefined for α ≤ 0.
    /// Decomposition (Shorrocks 1980): Between = (1/(α(α−1))) Σ_g p_g (r_g^α − 1), Within = Σ_g p_g^(1−α) s_g^α GE_g. O(n).
    /// </summary>
    /// <remarks>Shorrocks, A. F. (1980), Econometrica 48(3):613–625, doi:10.2307/1913126.</remarks>
    /// <param name="values">Non-negative values.</param>
    /// <param name="alpha">α, any finite real.</param>
    /// <param name="options">Weights and groups.</param>
    /// <returns>Key <c>ge(α)</c> (or <c>theil_t</c> / <c>theil_l</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">α is not finite.</exception>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, or a length differs.</exception>
    public static TheilResult GeneralizedEntropy(ReadOnlySpan<double> values, double alpha, InequalityOptions? options = null) =>
        Entropy(values, alpha, options);

    /// <inheritdoc cref="GeneralizedEntropy(ReadOnlySpan{double}, double, InequalityOptions?)"/>
    public static TheilResult GeneralizedEntropy(IReadOnlyList<double> values, double alpha, InequalityOptions? options = null) =>
        Entropy(ConcentrationMath.ToArray(values), alpha, options);

    /// <summary>GE(α) of per-node values of a city network, decomposed by region (the four mainland regions; Hong Kong, Macao and Taiwan left out, as in <see cref="TheilT(NodeValues, RollUpLevel)"/>) or province. O(n).</summary>
    /// <param name="values">Per-node values of a city network.</param>
    /// <param name="alpha">α.</param>
    /// <param name="groupBy">Region or province.</param>
    /// <returns>Key <c>ge(α)</c>.</returns>
    public static TheilResult GeneralizedEntropy(NodeValues values, double alpha, RollUpLevel groupBy) =>
        Entropy(Span(values), alpha, new InequalityOptions { Groups = Grouping.By(values.Network, groupBy) });

    private static TheilResult Entropy(ReadOnlySpan<double> values, double alpha, InequalityOptions? options)
    {
        if (!double.IsFinite(alpha)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "α must be a finite number.");
        options ??= InequalityOptions.Default;
        ConcentrationMath.Validate(values, options.Weights, options.Groups);
        if (options.Groups is not { } groups) return Entropy(values, options.Weights, null, alpha, null);
        var coverage = GroupCoverage.Of(values, options.Weights, groups);
        if (groups.LeftOut.IsEmpty) return Entropy(values, options.Weights, groups, alpha, coverage);
        var (x, f, kept) = ConcentrationMath.InGroups(values, options.Weights, groups);
        var unitOf = Enumerable.Range(0, values.Length).Where(i => groups.GroupOf(i) >= 0).ToArray();
        return Entropy(x, f, kept, alpha, coverage, unitOf);
    }

    /// <summary>
    /// GE(α) over validated values of units that all belong to a group of <paramref name="groups"/> (one group when
    /// null); <paramref name="unitOf"/> maps an index back to the caller's unit index for messages (identity when null).
    /// </summary>
    private static TheilResult Entropy(ReadOnlySpan<double> values, IReadOnlyList<double>? weights, Grouping? groups, double alpha,
        GroupCoverage? coverage, int[]? unitOf = null)
    {
        var measure = alpha == 1 ? "theil_t" : alpha == 0 ? "theil_l" : "ge(" + alpha.ToString("R", CultureInfo.InvariantCulture) + ")";
        var variant = (alpha == 1 ? "Theil T = GE(1); 0·ln 0 = 0, n counts zero units"
                : alpha == 0 ? "Theil L = GE(0), mean log deviation"
                : "GE(α), α = " + alpha.ToString("R", CultureInfo.InvariantCulture))
            + (weights is null ? "" : "; population-weighted")
            + (coverage is null ? "" : "; " + coverage);
        TheilResult Undefined(string reason) => new(measure, alpha, variant, double.NaN, double.NaN, double.NaN, [], coverage, reason);

        var (f, x) = ConcentrationMath.Totals(values, weights);
        if (f <= 0) return Undefined("no units (or every weight is zero)");
        if (x <= 0) return Undefined("every value is zero: the mean is zero");
        if (alpha <= 0)
            for (var i = 0; i < values.Length; i++)
                if (values[i] == 0 && ConcentrationMath.WeightOf(weights, i) > 0)
                    return Undefined($"values[{(unitOf is null ? i : unitOf[i])}] = 0: ln(μ/0) is infinite ({(alpha == 0 ? "Theil L" : "GE(α ≤ 0)")} needs positive values)");

        var grouping = groups ?? Grouping.Single(values.Length);
        var g = grouping.Count;
        var fg = new double[g];
        var xg = new double[g];
        var mean = x / f;
        double total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var w = ConcentrationMath.WeightOf(weights, i);
            var k = grouping.GroupOf(i);
            fg[k] += w;
            xg[k] += w * values[i];
            if (w > 0) total += Term(values[i], w, mean, f, x, alpha);
        }
        var index = new double[g];
        for (var i = 0; i < values.Length; i++)
        {
            var w = ConcentrationMath.WeightOf(weights, i);
            var k = grouping.GroupOf(i);
            if (w > 0 && xg[k] > 0) index[k] += Term(values[i], w, xg[k] / fg[k], fg[k], xg[k], alpha);
        }
        var parts = new TheilGroup[g];
        double between = 0, within = 0;
        for (var k = 0; k < g; k++)
        {
            var p = fg[k] / f;
            var s = xg[k] / x;
            var r = fg[k] > 0 ? s / p : double.NaN;
            double b, wWeight, contribution, ge;
            if (fg[k] <= 0)
            {
                b = 0; wWeight = 0; contribution = 0; ge = double.NaN;
            }
            else
            {
                b = alpha == 1 ? (s > 0 ? s * Math.Log(r) : 0)
                    : alpha == 0 ? -p * Math.Log(r)
                    : p * (Math.Pow(r, alpha) - 1) / (alpha * (alpha - 1));
                wWeight = alpha == 1 ? s : alpha == 0 ? p : Math.Pow(p, 1 - alpha) * Math.Pow(s, alpha);
                ge = xg[k] > 0 ? index[k] : double.NaN;
                contribution = wWeight > 0 ? wWeight * ge : 0;
            }
            between += b;
            within += contribution;
            parts[k] = new TheilGroup(grouping.Names[k], grouping.Labels[k], grouping.SizeOf(k), fg[k], xg[k], p, s, r, ge, wWeight, contribution, b);
        }
        return new TheilResult(measure, alpha, variant, total, between, within, parts, coverage, null);
    }

    /// <summary>One unit's term of GE(α) around mean <paramref name="mean"/> in a population of weight <paramref name="f"/> and total <paramref name="x"/>.</summary>
    private static double Term(double xi, double wi, double mean, double f, double x, double alpha)
    {
        if (alpha == 1) return xi > 0 ? wi * xi / x * Math.Log(xi / mean) : 0;
        if (alpha == 0) return wi / f * Math.Log(mean / xi);
        return wi / f * (Math.Pow(xi / mean, alpha) - 1) / (alpha * (alpha - 1));
    }
}
