namespace CapitalNetwork.Measures;

/// <summary>
/// How the Borgatti–Everett discrete model treats the core–periphery cells (one node in the core, the other in the
/// periphery) of the ideal pattern Δ. Core–core cells are always 1 and periphery–periphery cells 0.
/// </summary>
public enum CorePeripheryBlock
{
    /// <summary>Core–periphery cells are 1 (δ_ij = c_i ∨ c_j): the core touches everything. The convention of
    /// <c>cpnet.BE</c> (Kojaku); a periphery with few ties to the core lowers the fit.</summary>
    Ones,

    /// <summary>Core–periphery cells are missing: left out of the correlation (UCINET's "density of core-to-periphery
    /// blocks" left blank; R <c>netUtils::core_periphery</c>). Only core–core and periphery–periphery cells count, so
    /// at least two core and two periphery nodes are needed.</summary>
    Missing,
}
