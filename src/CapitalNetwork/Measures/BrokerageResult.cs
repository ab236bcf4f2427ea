namespace CapitalNetwork.Measures;

/// <summary>
/// An immutable Gould–Fernandez brokerage result: for every node b, how many open two-paths a → b → c (a ≠ c, no tie
/// a → c) it brokers in each of the five roles given by the groups of a, b and c, together with the grouping used.
/// Each node's five counts add up to its number of open two-paths (<see cref="Total"/>). From
/// <see cref="StructuralHoles.BrokerageZScores"/> the same properties hold sna's z-scores of those counts instead.
/// </summary>
/// <remarks>Raw counts as R sna <c>brokerage(g, cl)$raw.nli</c>; see <see cref="StructuralHoles.Brokerage"/>.</remarks>
public sealed class BrokerageResult
{
    internal BrokerageResult(NodeValues coordinator, NodeValues consultant, NodeValues representative, NodeValues gatekeeper,
        NodeValues liaison, NodeValues total, Grouping groups)
    {
        Coordinator = coordinator;
        Consultant = consultant;
        Representative = representative;
        Gatekeeper = gatekeeper;
        Liaison = liaison;
        Total = total;
        Groups = groups;
    }

    /// <summary>Coordinator w_I: a, b and c all in one group (sna column <c>w_I</c>).</summary>
    public NodeValues Coordinator { get; }

    /// <summary>Consultant (itinerant) w_O: a and c in one group, the broker b in another (sna <c>w_O</c>).</summary>
    public NodeValues Consultant { get; }

    /// <summary>Representative b_IO: a in the broker's group, c in another (sna <c>b_IO</c>).</summary>
    public NodeValues Representative { get; }

    /// <summary>Gatekeeper b_OI: c in the broker's group, a in another (sna <c>b_OI</c>).</summary>
    public NodeValues Gatekeeper { get; }

    /// <summary>Liaison b_O: a, b and c in three different groups (sna <c>b_O</c>).</summary>
    public NodeValues Liaison { get; }

    /// <summary>All open two-paths through the node, the sum of the five roles (sna <c>t</c>).</summary>
    public NodeValues Total { get; }

    /// <summary>The grouping used (a node it leaves out counts as a group of its own).</summary>
    public Grouping Groups { get; }

    /// <summary>The network measured.</summary>
    public FlowNetwork Network => Total.Network;

    /// <inheritdoc />
    public override string ToString() =>
        $"brokerage ({Groups.Description}): coordinator {Coordinator.Sum:G}, consultant {Consultant.Sum:G}, representative {Representative.Sum:G}, "
        + $"gatekeeper {Gatekeeper.Sum:G}, liaison {Liaison.Sum:G}";
}
