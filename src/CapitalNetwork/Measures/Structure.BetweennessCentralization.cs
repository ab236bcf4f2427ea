using CapitalNetwork.Measures.Ties;

namespace CapitalNetwork.Measures;

public static partial class Structure
{
    /// <summary>
    /// Freeman betweenness centralization of the binary directed network: Σ_i (max b − b_i) / ((n − 1)²(n − 2)), b_i the raw
    /// directed betweenness over ordered pairs (hops; Brandes), the maximum that of a star with ties both ways. R sna
    /// <c>centralization(g, betweenness)</c> (<c>cmode = "directed"</c>, <c>betweenness(tmaxdev = TRUE)</c> =
    /// (n − 1)²(n − 2)). UCINET's directed "network centralization index" divides by the same maximum. Undefined for n &lt; 3.
    /// O(n·m).
    /// </summary>
    /// <remarks>Freeman (1977), Sociometry 40:35–41, doi:10.2307/3033543; Freeman (1979), doi:10.1016/0378-8733(78)90021-7;
    /// Brandes (2001), doi:10.1080/0022250X.2001.9990249.</remarks>
    /// <param name="network">The network.</param>
    /// <param name="weight">The weight whose positive values make a tie (funds by default).</param>
    /// <returns>Key <c>betweenness_centralization</c>.</returns>
    public static MeasureValue BetweennessCentralization(FlowNetwork network, EdgeWeight weight = EdgeWeight.Funds)
    {
        var g = BinaryDigraph.Of(network, weight);
        var n = (double)g.NodeCount;
        return Centralized("betweenness_centralization", Variant("sna centralization(g, betweenness)", weight),
            Betweenness(g), (n - 1) * (n - 1) * (n - 2));
    }

    /// <summary>Raw directed betweenness by Brandes' breadth-first algorithm, ordered pairs.</summary>
    private static double[] Betweenness(BinaryDigraph g)
    {
        var n = g.NodeCount;
        var b = new double[n];
        var sigma = new double[n];
        var dist = new int[n];
        var delta = new double[n];
        var order = new int[n];
        for (var s = 0; s < n; s++)
        {
            Array.Fill(dist, -1);
            Array.Clear(sigma);
            Array.Clear(delta);
            dist[s] = 0;
            sigma[s] = 1;
            order[0] = s;
            int head = 0, tail = 1;
            while (head < tail)
            {
                var v = order[head++];
                foreach (var w in g.Out(v))
                {
                    if (dist[w] < 0) { dist[w] = dist[v] + 1; order[tail++] = w; }
                    if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
                }
            }
            for (var k = tail - 1; k > 0; k--)
            {
                var w = order[k];
                foreach (var v in g.In(w))
                    if (dist[v] >= 0 && dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                b[w] += delta[w];
            }
        }
        return b;
    }
}
