namespace CapitalNetwork.Measures;

/// <summary>Which distances a closeness-type measure of node u sums in a directed network.</summary>
public enum PathDirection
{
    /// <summary>d(v → u): how easily others reach u — for partner → fund edges, how easily capital reaches fund city u (NetworkX default since 2.3).</summary>
    Incoming,

    /// <summary>d(u → v): how easily u reaches others — how easily u's capital reaches fund cities (Gephi's and R igraph's default; NetworkX on <c>G.reverse()</c>).</summary>
    Outgoing,
}
