using CapitalNetwork.Measures.NullModels;
using CapitalNetwork.Randomness;

namespace CapitalNetwork.Measures.Louvain;

/// <summary>
/// Louvain (Blondel, Guillaume, Lambiotte &amp; Lefebvre 2008, doi:10.1088/1742-5468/2008/10/P10008) on a
/// <see cref="CommunityGraph"/>, following NetworkX 3.6.1's <c>louvain_partitions</c>: per level the nodes are shuffled
/// once (seeded) and swept in that order until a sweep moves nothing; a node moves to the neighbouring community with
/// the largest gain ΔQ = [w_{u→C} − γ (k_out(u) K_in(C) + k_in(u) K_out(C)) / M] / M relative to staying (own community
/// taken without u), if that gain is positive; then communities are aggregated and the next level starts. Stops when a
/// level moves nothing or raises Q by at most <c>threshold</c>. On top of that (not in NetworkX): node-level refinement
/// after the last level (Rotta &amp; Noack 2011, doi:10.1145/1963190.1970376) and the best of several seeded runs.
/// </summary>
internal static class LocalMoving
{
    /// <summary>Best of <paramref name="runs"/> runs (run r seeded by stream (seed, r)), each a multilevel Louvain pass
    /// followed by refinement: node-level local moving from the final partition on the original graph and, when that
    /// moves nodes, another multilevel pass on top of it, until Q_γ stops rising by more than the threshold.</summary>
    public static (int[] Membership, int Levels) Best(CommunityGraph graph, double resolution, double threshold, ulong seed, int runs)
    {
        int[]? best = null;
        var bestQ = double.NegativeInfinity;
        var bestLevels = 0;
        for (var r = 0; r < Math.Max(1, runs); r++)
        {
            var rng = RngStreams.Create(seed, (ulong)r);
            var (m, levels) = Multilevel(graph, Enumerable.Range(0, graph.NodeCount).ToArray(), resolution, threshold, ref rng);
            var q = graph.Modularity(m, Count(m), resolution);
            for (var round = 0; round < 100 && !double.IsNaN(q); round++)
            {
                var (refined, moved) = OneLevel(graph, m, resolution, ref rng);
                if (!moved) break;
                var (m2, l2) = Multilevel(graph, refined, resolution, threshold, ref rng);
                var q2 = graph.Modularity(m2, Count(m2), resolution);
                if (!(q2 > q + threshold)) break;
                (m, q, levels) = (m2, q2, levels + 1 + l2);
            }
            if (best is null || q > bestQ + 1e-12 * Math.Max(1, Math.Abs(bestQ)))
            {
                best = m;
                bestQ = q;
                bestLevels = levels;
            }
        }
        return (best!, bestLevels);
    }

    private static int Count(int[] membership) => membership.Length == 0 ? 0 : membership.Max() + 1;

    /// <summary>NetworkX's louvain_partitions from a starting partition of the original nodes (ids 0 … k − 1):
    /// aggregate, local-move, repeat while a level moves nodes and gains more than the threshold.</summary>
    private static (int[] Membership, int Levels) Multilevel(CommunityGraph graph, int[] start, double resolution, double threshold, ref Xoshiro256 rng)
    {
        var n = graph.NodeCount;
        var membership = (int[])start.Clone();
        if (!(graph.Total > 0)) return (membership, 0);
        var count = Count(membership);
        var g = count == n ? graph : graph.Aggregate(membership, count);
        var mod = g.Modularity(Enumerable.Range(0, g.NodeCount).ToArray(), g.NodeCount, resolution);
        var levels = 0;
        while (true)
        {
            var (inner, moved) = OneLevel(g, Enumerable.Range(0, g.NodeCount).ToArray(), resolution, ref rng);
            if (!moved) break;
            levels++;
            var innerCount = Count(inner);
            for (var u = 0; u < n; u++) membership[u] = inner[membership[u]];
            var newMod = g.Modularity(inner, innerCount, resolution);
            if (newMod - mod <= threshold) break;
            mod = newMod;
            g = g.Aggregate(inner, innerCount);
        }
        return (membership, levels);
    }

    /// <summary>Local moving from the partition <paramref name="start"/> (ids 0 … k − 1) until a sweep moves nothing.</summary>
    private static (int[] Membership, bool Moved) OneLevel(CommunityGraph g, int[] start, double gamma, ref Xoshiro256 rng)
    {
        var n = g.NodeCount;
        var m = g.Total;
        var offsets = g.Offsets;
        var neighbors = g.Neighbors;
        var weights = g.Weights;
        var kOut = g.KOut;
        var kIn = g.KIn;
        var com = (int[])start.Clone();
        var totOut = new double[n];
        var totIn = new double[n];
        for (var u = 0; u < n; u++)
        {
            totOut[com[u]] += kOut[u];
            totIn[com[u]] += kIn[u];
        }
        var order = Enumerable.Range(0, n).ToArray();
        RngStreams.Shuffle(ref rng, order);
        var toCom = new double[n];
        var seen = new bool[n];
        var touched = new int[n]; // communities adjacent to the current node, in first-seen order
        var movedAny = false;
        for (var sweep = 0; sweep < 100_000; sweep++)
        {
            var moves = 0;
            foreach (var u in order)
            {
                var c0 = com[u];
                var t = 0;
                for (var k = offsets[u]; k < offsets[u + 1]; k++)
                {
                    var c = com[neighbors[k]];
                    if (!seen[c])
                    {
                        seen[c] = true;
                        touched[t++] = c;
                    }
                    toCom[c] += weights[k];
                }
                var ko = kOut[u];
                var ki = kIn[u];
                totOut[c0] -= ko;
                totIn[c0] -= ki;
                // value of joining c, in weight units: w_{u→c} − γ (k_out K_in(c) + k_in K_out(c)) / M
                var stay = toCom[c0] - gamma * (ko * totIn[c0] + ki * totOut[c0]) / m;
                var best = stay;
                var bestC = c0;
                var eps = 1e-12 * (Math.Abs(stay) + ko + ki);
                for (var j = 0; j < t; j++)
                {
                    var c = touched[j];
                    if (c == c0) continue;
                    var v = toCom[c] - gamma * (ko * totIn[c] + ki * totOut[c]) / m;
                    if (v > best + eps)
                    {
                        best = v;
                        bestC = c;
                    }
                }
                for (var j = 0; j < t; j++)
                {
                    var c = touched[j];
                    seen[c] = false;
                    toCom[c] = 0;
                }
                totOut[bestC] += ko;
                totIn[bestC] += ki;
                if (bestC != c0)
                {
                    com[u] = bestC;
                    moves++;
                }
            }
            if (moves == 0) break;
            movedAny = true;
        }
        // renumber in order of first appearance by node index
        var map = new int[n];
        Array.Fill(map, -1);
        var count = 0;
        for (var u = 0; u < n; u++)
        {
            if (map[com[u]] < 0) map[com[u]] = count++;
            com[u] = map[com[u]];
        }
        return (com, movedAny);
    }
}
