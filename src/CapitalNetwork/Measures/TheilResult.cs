using System.Collections.Immutable;
using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>
/// A generalized-entropy index GE(α) — Theil T (α = 1), Theil L / mean log deviation (α = 0) or another α — with its
/// exact decomposition Total = Between + Within over a grouping (a single group <c>all</c> when none was given) and
/// every group's contribution. Immutable.
/// </summary>
/// <remarks>
/// Between = GE(α) of the vector in which every unit is replaced by its group mean; Within = Σ_g w_g GE_g with
/// w_g = p_g^(1−α) s_g^α (Shorrocks 1980). Both parts are computed separately from <see cref="Total"/>; they sum to it up
/// to rounding (about 1e-15 relative).
/// </remarks>
public sealed class TheilResult
{
    internal TheilResult(string measure, double alpha, string variant, double total, double between, double within,
        IReadOnlyList<TheilGroup> groups, GroupCoverage? coverage, string? undefinedReason)
    {
        Coverage = coverage;
        Measure = measure;
        Alpha = alpha;
        Variant = variant;
        Total = total;
        Between = between;
        Within = within;
        Groups = [.. groups];
        UndefinedReason = undefinedReason;
    }

    /// <summary>Key: <c>theil_t</c>, <c>theil_l</c> or <c>ge(α)</c>.</summary>
    public string Measure { get; }

    /// <summary>The GE parameter α (1 for Theil T, 0 for Theil L).</summary>
    public double Alpha { get; }

    /// <summary>What was computed (index, convention for zeros, weighting, and the grouping with the units it leaves out, e.g.
    /// <c>…; four mainland regions; Hong Kong, Macao, Taiwan left out (3 units, 0.00 % of the total)</c>).</summary>
    public string Variant { get; }

    /// <summary>The index over all units in a group (every unit when no grouping leaves units out); NaN when undefined.</summary>
    public double Total { get; }

    /// <summary>The between-group part; NaN when undefined.</summary>
    public double Between { get; }

    /// <summary>The within-group part Σ_g w_g GE_g; NaN when undefined.</summary>
    public double Within { get; }

    /// <summary>Between / Total, the "regional gap" share; NaN when the total is 0 or undefined.</summary>
    public double BetweenShare => IsDefined && Total > 0 ? Between / Total : double.NaN;

    /// <summary>The groups, in grouping order (empty when undefined).</summary>
    public ImmutableArray<TheilGroup> Groups { get; }

    /// <summary>
    /// The grouping given and the units it leaves out (Hong Kong, Macao and Taiwan under the four mainland regions),
    /// with their share of the total; <c>null</c> when no grouping was given.
    /// </summary>
    public GroupCoverage? Coverage { get; }

    /// <summary>True when the index is defined for this input.</summary>
    public bool IsDefined => UndefinedReason is null;

    /// <summary>Why the index is undefined (e.g. a zero value for Theil L), or <c>null</c>.</summary>
    public string? UndefinedReason { get; }

    /// <summary>The total as a <see cref="MeasureValue"/>.</summary>
    /// <returns>The value.</returns>
    public MeasureValue ToMeasureValue() => new(Measure, Variant, Total, UndefinedReason);

    /// <inheritdoc />
    public override string ToString() => IsDefined
        ? string.Create(CultureInfo.InvariantCulture, $"{Measure} = {Total:G10} (between {Between:G10} + within {Within:G10}, {Groups.Length} groups{(Coverage is null ? "" : ": " + Coverage)})")
        : $"{Measure}: undefined — {UndefinedReason}";
}
