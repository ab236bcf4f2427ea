namespace CapitalNetwork.Measures;

/// <summary>What the "groups" of an Esteban–Ray index are.</summary>
public enum EstebanRayFormulation
{
    /// <summary>The groups of a grouping (e.g. the four regions): mass p_g = population share of the group, position r_g = group mean / overall mean.</summary>
    GroupMeans,

    /// <summary>No grouping given: every distinct value is a point with mass = population share of the units holding it and position r = value / mean (the discrete distribution of Esteban and Ray).</summary>
    DistinctValues,
}
