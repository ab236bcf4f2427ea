using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

/// <summary>A QAP correlation with its permutation test (<see cref="Qap.Correlation"/>).</summary>
/// <param name="First">Name of the first matrix.</param>
/// <param name="Second">Name of the second matrix (the permuted one).</param>
/// <param name="Correlation">Pearson r over the used cells.</param>
/// <param name="ShareAtLeast">Proportion of permuted r ≥ the observed r.</param>
/// <param name="ShareAtMost">Proportion of permuted r ≤ the observed r.</param>
/// <param name="ShareAsExtreme">Proportion with |r| ≥ |observed r| (two-sided p-value).</param>
/// <param name="NullMean">Mean of the permuted r.</param>
/// <param name="NullStandardDeviation">Standard deviation of the permuted r.</param>
/// <param name="Dyads">Cells used.</param>
/// <param name="LeftOutNodes">Ids of nodes left out for a missing (non-finite) cell.</param>
/// <param name="Options">The options.</param>
public sealed record QapCorrelationResult(
    string First,
    string Second,
    double Correlation,
    double ShareAtLeast,
    double ShareAtMost,
    double ShareAsExtreme,
    double NullMean,
    double NullStandardDeviation,
    long Dyads,
    ImmutableArray<string> LeftOutNodes,
    QapOptions Options);
