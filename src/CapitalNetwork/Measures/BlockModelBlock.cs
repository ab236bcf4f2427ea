using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

/// <summary>One block of a <see cref="BlockModelResult"/>: its members and its ties with the other blocks. Immutable.</summary>
public sealed class BlockModelBlock
{
    internal BlockModelBlock(int index, string path, bool isConstant, ImmutableArray<int> members, ImmutableArray<string> ids,
        double sentInside, double sentOut, double receivedFromOutside, double expectedInternalShare, BlockRole? role)
    {
        Index = index;
        Path = path;
        IsConstant = isConstant;
        Members = members;
        Ids = ids;
        SentInside = sentInside;
        SentOut = sentOut;
        ReceivedFromOutside = receivedFromOutside;
        ExpectedInternalShare = expectedInternalShare;
        Role = role;
    }

    /// <summary>The block's number, 0-based, in block order (by smallest member index; the constant block last).</summary>
    public int Index { get; }

    /// <summary>The splits that made the block: one digit per level, 1 = the side of the first member, 2 = the other
    /// (<c>"1.2"</c>); <c>"constant"</c> for the block of nodes with constant columns.</summary>
    public string Path { get; }

    /// <summary>Whether this is the block of nodes whose stacked column is constant (isolates, or nodes tied both ways to
    /// every other node), which CONCOR cannot correlate and does not split.</summary>
    public bool IsConstant { get; }

    /// <summary>Member node indices, ascending.</summary>
    public ImmutableArray<int> Members { get; }

    /// <summary>Member node ids, in the order of <see cref="Members"/>.</summary>
    public ImmutableArray<string> Ids { get; }

    /// <summary>g_k, the number of members.</summary>
    public int Size => Members.Length;

    /// <summary>Ties (or weight) sent from members to members, loops excluded.</summary>
    public double SentInside { get; }

    /// <summary>Ties (or weight) sent from members to nodes of other blocks.</summary>
    public double SentOut { get; }

    /// <summary>Ties (or weight) received by members from nodes of other blocks.</summary>
    public double ReceivedFromOutside { get; }

    /// <summary>(g_k − 1)/(g − 1): the internal share if the block's ties went to random other nodes; NaN when g = 1.</summary>
    public double ExpectedInternalShare { get; }

    /// <summary>SentInside / (SentInside + SentOut): the actual internal share; NaN when the block sends nothing.</summary>
    public double InternalShare => SentInside + SentOut > 0 ? SentInside / (SentInside + SentOut) : double.NaN;

    /// <summary>ReceivedFromOutside / (ReceivedFromOutside + SentOut): the share of the block's ties with other blocks that
    /// point in; NaN when it has none.</summary>
    public double ReceivedShare => ReceivedFromOutside + SentOut > 0 ? ReceivedFromOutside / (ReceivedFromOutside + SentOut) : double.NaN;

    /// <summary>The role by the rule of <see cref="BlockRole"/> with the result's threshold, or <c>null</c> for a block
    /// with no ties at all (sent or received; e.g. the block of isolates); a block that sends nothing
    /// (internal share NaN) sends none out, so it counts as at or above the expected share; a one-member block (expected
    /// share 0) is never below it.</summary>
    public BlockRole? Role { get; }

    /// <inheritdoc />
    public override string ToString() => $"block {Index} ({Path}): {Size} members, {(Role is { } r ? BlockModelResult.RoleKey(r) : "no ties")}";
}
