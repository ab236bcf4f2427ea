namespace CapitalNetwork;

/// <summary>What <see cref="PajekReader.ReadDocument(Stream, string, Action{Diagnostic}?, NetworkFileReadOptions?)"/>
/// recovers from a Pajek file besides the network: its <c>*Network</c> name and the vertex positions. Immutable.</summary>
public sealed class PajekDocument
{
    internal PajekDocument(FlowNetwork network, string? name, IReadOnlyList<PajekPosition?> positions)
    {
        Network = network;
        Name = name;
        Positions = positions;
    }

    /// <summary>The network (see <see cref="PajekReader"/> for how vertices and ties become nodes and edges).</summary>
    public FlowNetwork Network { get; }

    /// <summary>The text after <c>*Network</c>, if the file has that line.</summary>
    public string? Name { get; }

    /// <summary>The position of each node (by node index) when its vertex line gives x and y, else <c>null</c>.</summary>
    public IReadOnlyList<PajekPosition?> Positions { get; }
}
