using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

/// <summary>
/// The usable rows of an <see cref="IndicatorTable"/> for one value column, with optional weight and group columns:
/// ready for the measures (<see cref="Options"/>) and the regional comparison. Rows without a usable value, weight or
/// group are left out and listed in <see cref="Problems"/>. Immutable.
/// </summary>
public sealed class IndicatorSelection
{
    internal IndicatorSelection(string valueColumn, string? groupColumn, string? weightColumn, ImmutableArray<double> values,
        IReadOnlyList<double>? weights, IReadOnlyList<string>? groupLabels, ImmutableArray<long> lines, ImmutableArray<TableProblem> problems)
    {
        ValueColumn = valueColumn;
        GroupColumn = groupColumn;
        WeightColumn = weightColumn;
        Values = values;
        Weights = weights;
        GroupLabels = groupLabels;
        Groups = groupLabels is null ? null : Grouping.FromLabels(groupLabels);
        Lines = lines;
        Problems = problems;
    }

    /// <summary>The value column.</summary>
    public string ValueColumn { get; }

    /// <summary>The group column, or <c>null</c>.</summary>
    public string? GroupColumn { get; }

    /// <summary>The weight column, or <c>null</c>.</summary>
    public string? WeightColumn { get; }

    /// <summary>The values of the used rows, in file order.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>The weights of the used rows, or <c>null</c> without a weight column.</summary>
    public IReadOnlyList<double>? Weights { get; }

    /// <summary>The group label of each used row, or <c>null</c> without a group column.</summary>
    public IReadOnlyList<string>? GroupLabels { get; }

    /// <summary>The file line of each used row.</summary>
    public ImmutableArray<long> Lines { get; }

    /// <summary>The rows left out, with the reason.</summary>
    public ImmutableArray<TableProblem> Problems { get; }

    /// <summary>The groups (labels in order of first appearance), or <c>null</c> without a group column.</summary>
    public Grouping? Groups { get; }

    /// <summary>Measure options with these weights and groups.</summary>
    public InequalityOptions Options => new() { Weights = Weights, Groups = Groups };
}
