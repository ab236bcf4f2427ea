namespace CapitalNetwork.Measures;

/// <summary>How a node attribute x becomes a dyad value for the ordered pair (i, j) (i sends, j receives).</summary>
public enum DyadOperation
{
    /// <summary>|x_i − x_j|: the gap between the two nodes (UCINET's "absolute difference"; sna <c>abs(outer(x, x, "-"))</c>).</summary>
    AbsoluteDifference,

    /// <summary>x_i / x_j (NaN when x_j = 0, which leaves the receiving node out).</summary>
    Ratio,

    /// <summary>x_i · x_j.</summary>
    Product,

    /// <summary>x_i: the sender's value in every cell of row i.</summary>
    Sender,

    /// <summary>x_j: the receiver's value in every cell of column j.</summary>
    Receiver,
}
