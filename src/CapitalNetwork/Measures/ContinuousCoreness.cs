namespace CapitalNetwork.Measures;

/// <summary>The result of the Borgatti–Everett continuous model: a coreness per node and the fit. Immutable.</summary>
public sealed class ContinuousCoreness
{
    internal ContinuousCoreness(NodeValues coreness, double fit, double minresFit, int iterations, bool converged, ContinuousCorenessOptions options)
    {
        Coreness = coreness;
        Fit = fit;
        MinresFit = minresFit;
        Iterations = iterations;
        Converged = converged;
        Options = options;
    }

    /// <summary>Coreness c_i ≥ 0 scaled so the largest is 1 (the fit does not depend on the scale); 0 for isolated nodes
    /// under MINRES.</summary>
    public NodeValues Coreness { get; }

    /// <summary>The fit: Pearson correlation between the tie values and c_i c_j over the cells; NaN when undefined
    /// (no ties, or every pair tied).</summary>
    public double Fit { get; }

    /// <summary>The correlation at the MINRES solution (equal to <see cref="Fit"/> under the MINRES objective; a lower
    /// bound of it under the correlation objective).</summary>
    public double MinresFit { get; }

    /// <summary>MINRES sweeps plus gradient-ascent iterations used.</summary>
    public int Iterations { get; }

    /// <summary>True when every stage stopped at its tolerance (or could not improve) rather than at the iteration limit.</summary>
    public bool Converged { get; }

    /// <summary>The options used.</summary>
    public ContinuousCorenessOptions Options { get; }

    /// <inheritdoc />
    public override string ToString() => $"Borgatti–Everett continuous coreness ({Options.View}, {Options.Objective}): fit {Fit:0.####}";
}
