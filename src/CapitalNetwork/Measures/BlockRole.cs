namespace CapitalNetwork.Measures;

/// <summary>
/// The role of a block in the flow between blocks (after Burt 1976, "Positions in networks", Social Forces 55(1):93–122, JSTOR 2577097, doi:10.1093/sf/55.1.93, as used in spatial-correlation
/// network papers): compare the block's internal share of the ties it sends with the share expected at random,
/// (g_k − 1)/(g − 1), and ask whether it receives ties from other blocks.
/// </summary>
public enum BlockRole
{
    /// <summary>Internal share ≥ expected and receives ~none from outside (双向溢出板块).</summary>
    BidirectionalSpillover,

    /// <summary>Internal share ≥ expected and receives from outside (净受益板块).</summary>
    NetBeneficiary,

    /// <summary>Internal share &lt; expected and receives ~none from outside (净溢出板块).</summary>
    NetSpillover,

    /// <summary>Internal share &lt; expected and receives from outside (经纪人板块).</summary>
    Broker,
}
