namespace CapitalNetwork.Measures;

/// <summary>
/// An immutable HITS result: hub scores (cities that send capital to strong attractors), authority scores (cities that
/// attract capital from strong senders), the options, whether HITS is defined on this network and how the iteration ended.
/// </summary>
/// <remarks>When <see cref="IsDefined"/> is false both vectors are NaN and <see cref="UndefinedReason"/> says why.</remarks>
public sealed class HitsResult
{
    internal HitsResult(NodeValues hubs, NodeValues authorities, HitsOptions options, string? undefinedReason, bool converged,
        int iterations, double residual, double singularValue, double secondSingularValue)
    {
        Hubs = hubs;
        Authorities = authorities;
        Options = options;
        UndefinedReason = undefinedReason;
        Converged = converged;
        Iterations = iterations;
        Residual = residual;
        SingularValue = singularValue;
        SecondSingularValue = secondSingularValue;
    }

    /// <summary>Hub scores h = A a (senders), scaled by <see cref="HitsOptions.Normalization"/>.</summary>
    public NodeValues Hubs { get; }

    /// <summary>Authority scores a = the dominant right singular vector of A (attractors), scaled likewise.</summary>
    public NodeValues Authorities { get; }

    /// <summary>The options that produced the values.</summary>
    public HitsOptions Options { get; }

    /// <summary>The network measured.</summary>
    public FlowNetwork Network => Hubs.Network;

    /// <summary>True when the largest singular value of A is simple, so hubs and authorities are unique.</summary>
    public bool IsDefined => UndefinedReason is null;

    /// <summary>Why HITS is undefined, or <c>null</c>.</summary>
    public string? UndefinedReason { get; }

    /// <summary>True when the authority vector met the power iteration's test (one more step changes it by less than n · tolerance).</summary>
    public bool Converged { get; }

    /// <summary>Products with AᵀA made (Lanczos steps and test steps; see <see cref="Centrality.Hits"/>).</summary>
    public int Iterations { get; }

    /// <summary>The change Σ_v |a_v − a_v^prev| one power step made to the unit-norm authority vector in the last test.</summary>
    public double Residual { get; }

    /// <summary>σ₁, the largest singular value of A (NaN when undefined for lack of edges).</summary>
    public double SingularValue { get; }

    /// <summary>
    /// An estimate of σ₂, the second singular value, from the decay rate (σ₂/σ₁)² of a perturbation of the converged
    /// vector; NaN when uniqueness was established structurally (no re-run) or the perturbation vanished at once; equal
    /// to σ₁ when HITS is undefined.
    /// </summary>
    public double SecondSingularValue { get; }

    /// <inheritdoc />
    public override string ToString() =>
        IsDefined ? $"{Options}: σ₁ = {SingularValue:G6}, σ₂ ≈ {SecondSingularValue:G6}, {(Converged ? "converged" : "NOT converged")} in {Iterations} iterations"
                  : $"{Options}: undefined — {UndefinedReason}";
}
