using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>
/// Which units a grouped figure covers: the grouping's description, the units in a group, and the units that belong to
/// no group (by default Hong Kong, Macao and Taiwan under the four mainland regions) with their total and share, which
/// the figure leaves out and reports here instead. Immutable.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> is what the results append to their variant, e.g. <c>four mainland regions; Hong Kong, Macao,
/// Taiwan left out (3 units, 0.00 % of the total)</c>.
/// </remarks>
/// <param name="Grouping">What the groups are (<see cref="Measures.Grouping.Description"/>).</param>
/// <param name="Units">Units in a group: the population the figure is computed over.</param>
/// <param name="LeftOutUnits">Units in no group, left out of the figure.</param>
/// <param name="LeftOutTotal">Σ f_i x_i over the units left out (f_i = 1 without weights).</param>
/// <param name="LeftOutShare">LeftOutTotal / Σ f_i x_i over every unit; NaN when that total is zero.</param>
public sealed record GroupCoverage(string Grouping, int Units, int LeftOutUnits, double LeftOutTotal, double LeftOutShare)
{
    /// <summary>The grouping's description, followed by <c>(n units, x % of the total)</c> when units were left out.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => LeftOutUnits == 0
        ? Grouping
        : string.Create(CultureInfo.InvariantCulture,
            $"{Grouping} ({LeftOutUnits} unit{(LeftOutUnits == 1 ? "" : "s")}, {(double.IsNaN(LeftOutShare) ? "no share" : LeftOutShare.ToString("0.00 %", CultureInfo.InvariantCulture))} of the total)");

    /// <summary>The coverage of <paramref name="groups"/> over values and weights (validated by the caller).</summary>
    internal static GroupCoverage Of(ReadOnlySpan<double> values, IReadOnlyList<double>? weights, Grouping groups)
    {
        double all = 0, left = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = ConcentrationMath.WeightOf(weights, i) * values[i];
            all += v;
            if (groups.GroupOf(i) < 0) left += v;
        }
        var n = groups.LeftOut.Length;
        return new GroupCoverage(groups.Description, groups.UnitCount - n, n, left, all > 0 ? left / all : double.NaN);
    }
}
