using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

/// <summary>Rich-club coefficients by degree k, unnormalised and (when computed) normalised. Immutable.</summary>
public sealed class RichClubCoefficients
{
    internal RichClubCoefficients(NetworkView view, IDictionary<int, double> coefficients, IDictionary<int, double>? randomMean,
        RichClubOptions? options)
    {
        View = view;
        Coefficients = coefficients.ToImmutableSortedDictionary();
        RandomMean = randomMean?.ToImmutableSortedDictionary();
        Normalized = randomMean is null
            ? null
            : Coefficients.ToImmutableSortedDictionary(kv => kv.Key,
                kv => randomMean.TryGetValue(kv.Key, out var r) && r != 0 ? kv.Value / r : double.NaN);
        Options = options;
    }

    /// <summary>The view.</summary>
    public NetworkView View { get; }

    /// <summary>φ(k), the unnormalised coefficient, for k = 0, 1, … while at least two nodes have degree &gt; k.</summary>
    public ImmutableSortedDictionary<int, double> Coefficients { get; }

    /// <summary>Mean φ_rand(k) over the degree-preserving randomisations, or <c>null</c> when not normalised.</summary>
    public ImmutableSortedDictionary<int, double>? RandomMean { get; }

    /// <summary>ρ(k) = φ(k) / mean φ_rand(k) (NaN where the mean is 0 or undefined), or <c>null</c> when not normalised.</summary>
    public ImmutableSortedDictionary<int, double>? Normalized { get; }

    /// <summary>The randomisation options, or <c>null</c> when not normalised.</summary>
    public RichClubOptions? Options { get; }

    /// <summary>φ(k), NaN when k is not a key.</summary>
    /// <param name="k">The degree.</param>
    public double this[int k] => Coefficients.TryGetValue(k, out var v) ? v : double.NaN;

    /// <inheritdoc />
    public override string ToString() => $"rich club ({View}): {Coefficients.Count} degrees" + (Normalized is null ? "" : $", normalised over {Options!.Randomizations} randomisations");
}
