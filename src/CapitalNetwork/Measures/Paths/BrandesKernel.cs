namespace CapitalNetwork.Measures.Paths;

/// <summary>
/// Single-source shortest-path searches on a <see cref="PathAdjacency"/>: Brandes' dependency accumulation
/// (betweenness) and distance sums (closeness, harmonic). Hop counts use BFS; lengths use Dijkstra with a radix heap
/// (<see cref="DijkstraHeap"/>). Weighted shortest-path counts treat two path lengths as equal when they differ by at most
/// <c>tol · max(a, b)</c>, so paths of mathematically equal length count as ties even when their float sums differ
/// in the last bits (1/2 + 1/3 + 1/6 vs 1).
/// </summary>
/// <remarks>
/// Brandes (2001) doi:10.1080/0022250X.2001.9990249; Brandes (2008) doi:10.1016/j.socnet.2007.11.001.
/// The backward pass pulls from successors: δ(v) = σ(v) · Σ_{w: v ∈ P(w)} (1 + δ(w)) / σ(w), walking the same
/// adjacency forwards, so no predecessor lists are stored.
/// </remarks>
internal static class BrandesKernel
{
    /// <summary>Brandes from source s on hop distances; adds δ(s, ·) into <paramref name="acc"/>.</summary>
    /// <returns>The number of nodes reached, s included.</returns>
    public static int AccumulateHops(PathAdjacency g, int s, BrandesWorkspace ws, double[] acc, bool endpoints)
    {
        var start = g.Start;
        var adj = g.Neighbor;
        var hops = ws.Hops;
        var sigma = ws.Sigma;
        var coef = ws.Coef;
        var order = ws.Order;
        var dag = ws.Dag;
        var dagStart = ws.DagStart;
        order[0] = s;
        hops[s] = 0;
        sigma[s] = 1;
        int head = 0, tail = 1, k = 0;
        // Forward BFS: σ, and the DAG successors of each node in settle order (contiguous, in adjacency order).
        while (head < tail)
        {
            var v = order[head];
            dagStart[head++] = k;
            var dv = hops[v] + 1;
            var sv = sigma[v];
            for (int e = start[v], end = start[v + 1]; e < end; e++)
            {
                var w = adj[e];
                var hw = hops[w];
                if (hw < 0)
                {
                    hops[w] = dv;
                    sigma[w] = sv;
                    order[tail++] = w;
                    dag[k++] = w;
                }
                else if (hw == dv)
                {
                    sigma[w] += sv;
                    dag[k++] = w;
                }
            }
        }
        dagStart[tail] = k;
        // Backward: δ(v) = σ(v) Σ_{w ∈ succ(v)} (1 + δ(w)) / σ(w), nodes in reverse settle order.
        for (var i = tail - 1; i >= 0; i--)
        {
            var v = order[i];
            var sum = 0.0;
            for (int j = dagStart[i], end = dagStart[i + 1]; j < end; j++) sum += coef[dag[j]];
            var delta = sigma[v] * sum;
            coef[v] = (1 + delta) / sigma[v];
            if (v != s) acc[v] += endpoints ? delta + 1 : delta;
        }
        if (endpoints) acc[s] += tail - 1;
        for (var i = 0; i < tail; i++) hops[order[i]] = -1;
        return tail;
    }

    /// <summary>
    /// Settles every node reachable from s with Dijkstra; fills <c>ws.Dist</c> and <c>ws.Order</c> (settle order) and
    /// adds Σ d and Σ 1/d over the settled nodes other than s into <paramref name="total"/> and <paramref name="harmonic"/>.
    /// </summary>
    /// <returns>The number of nodes reached, s included.</returns>
    public static int Dijkstra(PathAdjacency g, int s, BrandesWorkspace ws, out double total, out double harmonic)
    {
        var start = g.Start;
        var adj = g.Neighbor;
        var len = g.Length!;
        var dist = ws.Dist;
        var settled = ws.Settled;
        var order = ws.Order;
        var heap = ws.Heap!;
        dist[s] = 0;
        heap.Push(s, 0);
        var count = 0;
        total = 0;
        harmonic = 0;
        while (heap.Count > 0)
        {
            var v = heap.PopMin(out var dv);
            if (settled[v]) continue; // a stale entry: v was settled at a smaller distance
            settled[v] = true;
            order[count++] = v;
            if (dv > 0)
            {
                total += dv;
                harmonic += 1 / dv;
            }
            for (int e = start[v], end = start[v + 1]; e < end; e++)
            {
                var w = adj[e];
                var nd = dv + len[e];
                if (nd < dist[w])
                {
                    dist[w] = nd;
                    heap.Push(w, nd);
                }
            }
        }
        return count;
    }

    /// <summary>
    /// Brandes from source s on edge lengths; adds δ(s, ·) into <paramref name="acc"/>. Relaxing v → w with length
    /// x = d(v) + ℓ: x below d(w) by more than tol·d(w) replaces w's predecessors by v; x within tol·max(x, d(w)) of d(w)
    /// adds v as a further predecessor (a tie); d(w) keeps the smallest float seen.
    /// </summary>
    /// <returns>The number of nodes reached, s included.</returns>
    public static int AccumulateWeighted(PathAdjacency g, int s, BrandesWorkspace ws, double[] acc, bool endpoints, double tol)
    {
        var start = g.Start;
        var adj = g.Neighbor;
        var len = g.Length!;
        var predStart = g.ReverseStart;
        var dist = ws.Dist;
        var order = ws.Order;
        var heap = ws.Heap!;
        var settled = ws.Settled;
        var sigma = ws.Sigma;
        var delta = ws.Coef;
        var pred = ws.Dag;
        var predCount = ws.PredCount;
        dist[s] = 0;
        sigma[s] = 1;
        predCount[s] = 0;
        heap.Push(s, 0);
        var count = 0;
        while (heap.Count > 0)
        {
            var v = heap.PopMin(out var dv);
            if (settled[v]) continue; // a stale entry: v was settled at a smaller distance
            settled[v] = true;
            order[count++] = v;
            delta[v] = 0;
            var sv = sigma[v];
            for (int e = start[v], end = start[v + 1]; e < end; e++)
            {
                var w = adj[e];
                var x = dv + len[e];
                var dw = dist[w];
                if (x < dw)
                {
                    if (dw == double.PositiveInfinity || dw - x > tol * dw)
                    {
                        sigma[w] = sv;
                        pred[predStart[w]] = v;
                        predCount[w] = 1;
                    }
                    else
                    {
                        sigma[w] += sv;
                        pred[predStart[w] + predCount[w]++] = v;
                    }
                    dist[w] = x;
                    heap.Push(w, x);
                }
                else if (x - dw <= tol * x && !settled[w])
                {
                    sigma[w] += sv;
                    pred[predStart[w] + predCount[w]++] = v;
                }
            }
        }
        // Backward: push (1 + δ(w)) / σ(w) to the predecessors, nodes in reverse settle order.
        for (var i = count - 1; i > 0; i--)
        {
            var w = order[i];
            var dw = delta[w];
            var c = (1 + dw) / sigma[w];
            for (int j = predStart[w], end = j + predCount[w]; j < end; j++)
            {
                var v = pred[j];
                delta[v] += sigma[v] * c;
            }
            acc[w] += endpoints ? dw + 1 : dw;
        }
        if (endpoints) acc[s] += count - 1;
        for (var i = 0; i < count; i++)
        {
            var v = order[i];
            dist[v] = double.PositiveInfinity;
            settled[v] = false;
        }
        return count;
    }

    /// <summary>
    /// Distances from s by BFS: returns (r, S, H) with r = nodes reached excluding s, S = Σ d, H = Σ 1/d.
    /// </summary>
    public static (int Reached, double Total, double Harmonic) DistanceSumsHops(PathAdjacency g, int s, BrandesWorkspace ws)
    {
        var start = g.Start;
        var adj = g.Neighbor;
        var hops = ws.Hops;
        var order = ws.Order;
        order[0] = s;
        hops[s] = 0;
        int head = 0, tail = 1;
        long total = 0;
        var harmonic = 0.0;
        var level = 0;
        var levelCount = 0;
        while (head < tail)
        {
            var v = order[head++];
            var dv = hops[v] + 1;
            for (int e = start[v], end = start[v + 1]; e < end; e++)
            {
                var w = adj[e];
                if (hops[w] >= 0) continue;
                hops[w] = dv;
                order[tail++] = w;
                total += dv;
                if (dv != level)
                {
                    if (levelCount > 0) harmonic += (double)levelCount / level;
                    level = dv;
                    levelCount = 0;
                }
                levelCount++;
            }
        }
        if (levelCount > 0) harmonic += (double)levelCount / level;
        for (var i = 0; i < tail; i++) hops[order[i]] = -1;
        return (tail - 1, total, harmonic);
    }

    /// <summary>Distances from s by Dijkstra: (r, S, H) as <see cref="DistanceSumsHops"/>.</summary>
    public static (int Reached, double Total, double Harmonic) DistanceSumsWeighted(PathAdjacency g, int s, BrandesWorkspace ws)
    {
        var count = Dijkstra(g, s, ws, out var total, out var harmonic);
        var dist = ws.Dist;
        var settled = ws.Settled;
        var order = ws.Order;
        for (var i = 0; i < count; i++)
        {
            var v = order[i];
            dist[v] = double.PositiveInfinity;
            settled[v] = false;
        }
        return (count - 1, total, harmonic);
    }
}
