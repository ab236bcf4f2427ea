namespace CapitalNetwork;

/// <summary>The level a city network is aggregated to by <see cref="FlowNetwork.RollUp"/>.</summary>
public enum RollUpLevel
{
    /// <summary>One node per province-level unit (34, code order; ids are province codes).</summary>
    Province,
    /// <summary>One node per statistical region (East, Central, West, Northeast, Outside).</summary>
    Region,
}
