namespace CapitalNetwork.Measures;

/// <summary>Options of <see cref="Qap"/>. Change with <c>with</c>.</summary>
public sealed record QapOptions
{
    /// <summary>1,000 permutations, seed 42, double semi-partialling, diagonal left out, all cores.</summary>
    public static QapOptions Default { get; } = new();

    /// <summary>Permutations P per tested term (default 1,000). Proportions are out of P (the observed value is not counted, as sna).</summary>
    public int Permutations { get; init; } = 1000;

    /// <summary>Seed: permutation j of term k comes from its own stream, so the result does not depend on the number of threads.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>The null of the regression (default <see cref="QapNullHypothesis.DoubleSemiPartialling"/>; the correlation always permutes one matrix).</summary>
    public QapNullHypothesis NullHypothesis { get; init; } = QapNullHypothesis.DoubleSemiPartialling;

    /// <summary>Use the diagonal cells (local capital) too; default false, as sna's <c>diag = FALSE</c>.</summary>
    public bool IncludeDiagonal { get; init; }

    /// <summary>Threads used (default −1 = all processors). The result is the same for any value.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
