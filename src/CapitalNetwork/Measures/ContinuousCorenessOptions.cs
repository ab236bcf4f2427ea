namespace CapitalNetwork.Measures;

/// <summary>Options of the Borgatti–Everett continuous model. Change with <c>with</c>.</summary>
public sealed record ContinuousCorenessOptions
{
    /// <summary>Undirected simple binary view, MINRES, 5,000 iterations, tolerance 1e-12.</summary>
    public static ContinuousCorenessOptions Default { get; } = new();

    /// <summary>The graph the model is fitted to (default <see cref="NetworkView.UndirectedBinary"/>).</summary>
    public NetworkView View { get; init; } = NetworkView.UndirectedBinary;

    /// <summary>What is optimised (default <see cref="ContinuousCorenessObjective.Minres"/>).</summary>
    public ContinuousCorenessObjective Objective { get; init; } = ContinuousCorenessObjective.Minres;

    /// <summary>Maximum sweeps (MINRES) or gradient-ascent iterations per start (correlation); default 5,000.</summary>
    public int MaxIterations { get; init; } = 5000;

    /// <summary>MINRES stops when no coordinate moves by more than this times the largest; the ascent when five
    /// successive iterations raise the fit by less than this (default 1e-12).</summary>
    public double Tolerance { get; init; } = 1e-12;

    /// <summary>Correlation objective only: seeded random starts besides the MINRES start (default 10).</summary>
    public int Starts { get; init; } = 10;

    /// <summary>Correlation objective only: seed of the random starts.</summary>
    public ulong Seed { get; init; } = 42;
}
