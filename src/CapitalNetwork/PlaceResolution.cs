namespace CapitalNetwork;

/// <summary>
/// The answer of <see cref="PlaceResolver"/> for one place text: the network node it belongs to, or the reason it
/// could not be resolved. Immutable.
/// </summary>
/// <param name="Input">The text that was resolved, as given.</param>
/// <param name="Node">The network node (prefecture-level unit), or <c>null</c> when unresolved.</param>
/// <param name="Matched">The most specific division recognised (e.g. 北仑区 for 浙江省宁波市北仑区), or <c>null</c>; for
/// <see cref="ResolutionFailure.Uncertain"/>, the division whose short name starts the text (平安区 for 平安银行).</param>
/// <param name="Method">How the place was resolved.</param>
/// <param name="Failure">The reason code when unresolved; <see cref="ResolutionFailure.None"/> otherwise.</param>
/// <param name="Reason">A human-readable explanation (English), empty when resolved by name.</param>
/// <param name="Candidates">For <see cref="ResolutionFailure.Ambiguous"/>, the competing nodes (or provinces) in code order;
/// for <see cref="ResolutionFailure.Uncertain"/>, the one node the text would give if taken as a place.</param>
public sealed record PlaceResolution(
    string Input,
    Division? Node,
    Division? Matched,
    ResolutionMethod Method,
    ResolutionFailure Failure,
    string Reason,
    IReadOnlyList<Division> Candidates)
{
    /// <summary>True when <see cref="Node"/> is set.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Node))]
    public bool IsResolved => Node is not null;

    internal static PlaceResolution Fail(string input, ResolutionFailure failure, string reason, IReadOnlyList<Division>? candidates = null) =>
        new(input, null, null, ResolutionMethod.None, failure, reason, candidates ?? []);

    /// <inheritdoc />
    public override string ToString() =>
        IsResolved ? $"{Node.Code} {Node.Name}" : $"unresolved {Failure}: {Reason}";
}
