using System.Numerics;

namespace CapitalNetwork.Measures.Paths;

/// <summary>
/// Bit-parallel breadth-first search: up to 64 sources advance together, one bit per source in a 64-bit word per
/// node, so one sweep over the edges serves 64 searches. Gives, per source, the number of nodes reached, the sum of
/// hop distances and Σ 1/d — exactly (integer sums; Σ 1/d added level by level in increasing level order, the same
/// float operations as one BFS at a time).
/// </summary>
/// <remarks>
/// Level ℓ: for every node w not yet reached by all sources, new(w) = (OR over in-neighbours v of frontier(v)) AND NOT
/// visited(w) ("pull" over the transposed adjacency). Cost O(D·(n + m)) per batch of 64 sources, D = the largest
/// eccentricity in the batch, instead of 64·O(n + m). The technique is the classic bit-parallel BFS used for
/// all-pairs distance statistics (e.g. Akiba, Iwata and Yoshida 2013, doi:10.1145/2463676.2465315).
/// </remarks>
internal sealed class BitParallelBfs
{
    private readonly ulong[] _visited;
    private ulong[] _frontier;
    private ulong[] _next;
    private readonly long[] _levelCount = new long[64];

    public BitParallelBfs(int nodeCount)
    {
        _visited = new ulong[nodeCount];
        _frontier = new ulong[nodeCount];
        _next = new ulong[nodeCount];
    }

    /// <summary>
    /// Runs the searches from sources <c>first .. first + count − 1</c> (count ≤ 64) over the search adjacency whose
    /// transpose is <paramref name="transposed"/> (the nodes that reach w in one step of the search are
    /// <c>transposed</c>'s neighbours of w), writing (r, S, H) of each source into the output arrays at the source index.
    /// </summary>
    public void Run(PathAdjacency transposed, int first, int count, double[] reached, double[] total, double[] harmonic)
    {
        var n = transposed.NodeCount;
        var start = transposed.Start;
        var adj = transposed.Neighbor;
        var visited = _visited;
        Array.Clear(visited);
        Array.Clear(_frontier);
        var full = count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        Span<long> r = stackalloc long[64];
        Span<long> sum = stackalloc long[64];
        Span<double> h = stackalloc double[64];
        r.Clear();
        sum.Clear();
        h.Clear();
        for (var b = 0; b < count; b++)
        {
            visited[first + b] |= 1UL << b;
            _frontier[first + b] |= 1UL << b;
        }
        var levelCount = _levelCount;
        for (var level = 1; ; level++)
        {
            var frontier = _frontier;
            var next = _next;
            Array.Clear(levelCount);
            var any = 0UL;
            for (var w = 0; w < n; w++)
            {
                var vw = visited[w];
                if (vw == full)
                {
                    next[w] = 0;
                    continue;
                }
                var acc = 0UL;
                for (int e = start[w], end = start[w + 1]; e < end; e++) acc |= frontier[adj[e]];
                var nb = acc & ~vw;
                next[w] = nb;
                if (nb == 0) continue;
                visited[w] = vw | nb;
                any |= nb;
                while (nb != 0)
                {
                    levelCount[BitOperations.TrailingZeroCount(nb)]++;
                    nb &= nb - 1;
                }
            }
            if (any == 0) break;
            for (var b = 0; b < count; b++)
            {
                var c = levelCount[b];
                if (c == 0) continue;
                r[b] += c;
                sum[b] += c * level;
                h[b] += (double)c / level;
            }
            _frontier = next;
            _next = frontier;
        }
        for (var b = 0; b < count; b++)
        {
            reached[first + b] = r[b];
            total[first + b] = sum[b];
            harmonic[first + b] = h[b];
        }
    }
}
