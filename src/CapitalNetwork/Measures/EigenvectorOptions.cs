using System.Text.Json;
namespace CapitalNetwork.Measures;

/// <summary>Options of <see cref="Centrality.Eigenvector"/>: weighted by funds, unit Euclidean norm, tight tolerance.</summary>
public sealed record EigenvectorOptions : IterativeCentralityOptions
{
    /// <summary>Weighted by funds, directed (in-edges), unit norm, tolerance 1e-13.</summary>
    public static EigenvectorOptions Default { get; } = new();

    /// <summary>True (default): A holds the weights. NetworkX's default is unweighted (<c>weight=None</c>); set false to match it.</summary>
    public override bool Weighted { get; init; } = true;

    /// <summary>Scaling of the returned vector (default unit Euclidean norm, NetworkX; <see cref="VectorNormalization.Max"/> for igraph and Gephi). <see cref="VectorNormalization.None"/> is not allowed.</summary>
    public VectorNormalization Normalization { get; init; } = VectorNormalization.Euclidean;

    /// <summary>
    /// The shift c of the power iteration on (A + cI), which makes periodic networks (a directed cycle) converge and
    /// does not change the eigenvector. <c>null</c> (default): 1 when unweighted (NetworkX's A + I, so iterates match
    /// NetworkX's exactly), the mean edge weight when weighted (keeps the shift in proportion to the weights).
    /// </summary>
    public double? Shift { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"eigenvector({Describe()}{(Normalization == VectorNormalization.Euclidean ? "" : ", normalization=" + JsonNamingPolicy.SnakeCaseLower.ConvertName(Normalization.ToString()))})";
}
