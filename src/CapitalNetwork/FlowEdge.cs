namespace CapitalNetwork;

/// <summary>
/// A directed edge of a <see cref="FlowNetwork"/>: partner city (<see cref="Source"/>) → fund city (<see cref="Target"/>),
/// with its three weights. <c>Source == Target</c> is local capital (a self-loop). <see cref="FlowNetwork.ToQuikGraph"/>
/// carries it as the tag of each QuikGraph edge.
/// </summary>
/// <param name="Source">Index of the source (partner) node.</param>
/// <param name="Target">Index of the target (fund) node.</param>
/// <param name="Funds">Distinct funds.</param>
/// <param name="Links">Partner links.</param>
/// <param name="Capital">Subscribed capital, CNY.</param>
public readonly record struct FlowEdge(int Source, int Target, double Funds, double Links, double Capital)
{
    /// <summary>The chosen weight.</summary>
    /// <param name="weight">Which weight.</param>
    /// <returns>Its value.</returns>
    public double Weight(EdgeWeight weight) => weight switch
    {
        EdgeWeight.Funds => Funds,
        EdgeWeight.Links => Links,
        _ => Capital,
    };

    /// <summary>True for a self-loop (local capital).</summary>
    public bool IsLoop => Source == Target;
}
