namespace CapitalNetwork.Measures.Fitting;

/// <summary>
/// Rich-club coefficients of a <see cref="CompactGraph"/> for every degree k with N_{&gt;k} ≥ 2 (k = 0, 1, …),
/// where the degree (richness) is the number of edges at a node (directed: in + out arcs) and E_{&gt;k} counts the
/// edges between nodes of degree &gt; k. Undirected binary: φ = 2E/(N(N−1)) (NetworkX <c>_compute_rc</c>); directed
/// binary: φ = E/(N(N−1)); weighted (Opsahl et al. 2008): φ_w = W_{&gt;k} / Σ_{l ≤ E_{&gt;k}} w_(l), the rich edges'
/// weight over the weight of the E_{&gt;k} heaviest edges of the whole graph (NaN when E_{&gt;k} = 0). No edges: empty.
/// O(m log m).
/// </summary>
internal static class RichClubCounter
{
    public static SortedDictionary<int, double> Compute(CompactGraph g)
    {
        var result = new SortedDictionary<int, double>();
        var n = g.NodeCount;
        var m = g.EdgeCount;
        if (m == 0) return result;
        var deg = new int[n];
        for (var e = 0; e < m; e++)
        {
            deg[g.Source[e]]++;
            deg[g.Target[e]]++;
        }
        var maxDeg = deg.Max();
        var atMost = new long[maxDeg + 2]; // nodes of degree == k, then prefix
        foreach (var d in deg) atMost[d]++;
        var edgesAtMin = new long[maxDeg + 2];
        var weightAtMin = new double[maxDeg + 2];
        for (var e = 0; e < m; e++)
        {
            var k = Math.Min(deg[g.Source[e]], deg[g.Target[e]]);
            edgesAtMin[k]++;
            weightAtMin[k] += g.Weight[e];
        }
        double[]? heaviest = null;
        if (g.Weighted)
        {
            var sorted = (double[])g.Weight.Clone();
            Array.Sort(sorted);
            Array.Reverse(sorted);
            heaviest = new double[m + 1];
            for (var l = 0; l < m; l++) heaviest[l + 1] = heaviest[l] + sorted[l];
        }
        // suffix sums: edges (and weight) whose smaller endpoint degree is > k
        var eAbove = new long[maxDeg + 2];
        var wAbove = new double[maxDeg + 2];
        for (var k = maxDeg; k >= 0; k--)
        {
            eAbove[k] = eAbove[k + 1] + edgesAtMin[k + 1];
            wAbove[k] = wAbove[k + 1] + weightAtMin[k + 1];
        }
        long cumulative = 0;
        for (var k = 0; k <= maxDeg; k++)
        {
            cumulative += atMost[k];
            var nk = n - cumulative;
            if (nk <= 1) break;
            var pairs = (double)nk * (nk - 1);
            double phi;
            if (g.Weighted)
                phi = eAbove[k] == 0 ? double.NaN : wAbove[k] / heaviest![eAbove[k]];
            else
                phi = (g.Directed ? 1.0 : 2.0) * eAbove[k] / pairs;
            result[k] = phi;
        }
        return result;
    }
}
