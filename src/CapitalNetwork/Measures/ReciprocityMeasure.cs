namespace CapitalNetwork.Measures;

/// <summary>Which reciprocity <see cref="Structure.Reciprocity"/> computes (the <c>measure</c> argument of R sna's <c>grecip</c>).</summary>
public enum ReciprocityMeasure
{
    /// <summary>
    /// Edgewise (default): the share of ties whose reverse tie exists, 2M / L for M mutual dyads and L ties. NetworkX
    /// <c>reciprocity</c>, igraph <c>reciprocity()</c>, sna <c>grecip(measure = "edgewise")</c>, UCINET's "arc reciprocity".
    /// </summary>
    Edgewise,

    /// <summary>
    /// Dyadic, sna's default: the share of unordered pairs that are symmetric, mutual or null, (M + N) / (n(n − 1)/2);
    /// UCINET's "dyad reciprocity" counts only non-null pairs (<see cref="DyadicNonNull"/>).
    /// </summary>
    Dyadic,

    /// <summary>Dyadic over tied pairs only: M / (M + A) for A asymmetric dyads; sna <c>grecip(measure = "dyadic.nonnull")</c>, UCINET's dyad reciprocity.</summary>
    DyadicNonNull,
}
