namespace CapitalNetwork.Measures;

/// <summary>The random graphs (or relabellings) a core–periphery permutation test compares the observed fit with.</summary>
public enum CorePeripheryNullModel
{
    /// <summary>Degree-preserving rewiring by seeded double edge swaps (Maslov &amp; Sneppen 2002,
    /// doi:10.1126/science.1065103): every node keeps its degree (in- and out-degree in a directed view), each edge
    /// keeps its value; self-loops and duplicate edges are never created. Asks whether the core–periphery pattern is
    /// stronger than the degrees alone produce — the stricter test (Kojaku &amp; Masuda 2018,
    /// doi:10.1088/1367-2630/aab547, argue degree heterogeneity alone makes BE cores).</summary>
    DegreePreserving,

    /// <summary>G(n, m): the same number of edges placed uniformly on distinct pairs, edge values shuffled over them.
    /// Asks whether there is any core–periphery pattern beyond the density.</summary>
    ErdosRenyi,

    /// <summary>Label permutation (QAP): the same graph, the core set replaced by a uniformly random set of the same size.
    /// Only meaningful for a partition given a priori (the fitted partition is already the best over all labellings).</summary>
    LabelPermutation,
}
