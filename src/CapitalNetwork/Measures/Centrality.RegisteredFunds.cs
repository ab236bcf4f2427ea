namespace CapitalNetwork.Measures;

public static partial class Centrality
{
    /// <summary>
    /// Funds registered per city: the distinct funds whose registration place is the city, each fund counted once
    /// (<see cref="FlowNetwork.RegisteredFunds"/>; key <c>registered_funds</c>). Not the in-strength by
    /// <see cref="EdgeWeight.Funds"/>, which counts fund–city links — a fund once per city its partners sit in — and so
    /// adds up to more than the funds. Σ over the nodes = the funds of the network; 0 everywhere for a network without
    /// fund registrations (a plain edge list). O(n).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <returns>One value per node; measure name <c>registered_funds</c>.</returns>
    public static NodeValues RegisteredFunds(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new(network, "registered_funds", Enumerable.Range(0, network.NodeCount).Select(network.RegisteredFunds));
    }
}
