namespace CapitalNetwork.Measures;

/// <summary>How a <see cref="CorePeripheryPartition"/> was obtained.</summary>
public enum CorePeripherySearch
{
    /// <summary>Exhaustive enumeration of all 2ⁿ partitions: the global optimum of the fit.</summary>
    Exhaustive,

    /// <summary>The heuristic (degree-threshold start and random starts, single-node moves and Kernighan–Lin escapes):
    /// a local optimum, the best over the restarts.</summary>
    Heuristic,

    /// <summary>A partition given by the caller (e.g. "the eastern cities are the core"), only evaluated.</summary>
    Given,
}
