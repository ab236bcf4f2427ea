using CapitalNetwork.Randomness;

namespace CapitalNetwork.Layout;

/// <summary>
/// Seeded Fruchterman–Reingold layout (Fruchterman &amp; Reingold 1991, "Graph drawing by force-directed placement",
/// Software: Practice and Experience 21(11):1129–1164, doi:10.1002/spe.4380211102) for networks without geography
/// (implementation only). Edges are taken as undirected and unweighted, self-loops ignored; nodes start uniformly at
/// random in the unit square (xoshiro256** from the seed) and move in a unit frame; k = √(1/n); repulsion k²/d between
/// every pair, attraction d²/k along every edge, a pull 8·d towards the centre (keeps components and isolated nodes
/// near the rest) and a temperature falling linearly from 0.1 to 0. Only +, −, ×, ÷ and √ are used, so the result is
/// the same on every platform. O(iterations·(n² + m)).
/// </summary>
internal static class ForceDirected
{
    // Pull towards the centre, g·d: a node with no edge settles where the cluster's repulsion Σ k²/d ≈ 1/d equals g·d,
    // i.e. at d ≈ 1/√g = 0.35 of the unit frame.
    private const double Gravity = 8;

    public static (double X, double Y)[] Layout(FlowNetwork net, ulong seed, int iterations)
    {
        var n = net.NodeCount;
        var x = new double[n];
        var y = new double[n];
        var rng = new Xoshiro256(seed);
        for (var v = 0; v < n; v++)
        {
            x[v] = rng.NextDouble() - 0.5;
            y[v] = rng.NextDouble() - 0.5;
        }
        if (n <= 1)
        {
            return n == 1 ? [(0.0, 0.0)] : [];
        }
        var edges = new List<(int, int)>();
        var seen = new HashSet<long>();
        for (var e = 0; e < net.EdgeCount; e++)
        {
            var (s, t) = (net.Sources[e], net.Targets[e]);
            if (s == t) continue;
            var (a, b) = s < t ? (s, t) : (t, s);
            if (seen.Add(((long)a << 32) | (uint)b)) edges.Add((a, b));
        }
        var k = Math.Sqrt(1.0 / n);
        var k2 = k * k;
        var dx = new double[n];
        var dy = new double[n];
        for (var it = 0; it < iterations; it++)
        {
            var temperature = 0.1 * (1 - (double)it / iterations);
            Array.Clear(dx);
            Array.Clear(dy);
            for (var u = 0; u < n; u++)
            {
                for (var v = u + 1; v < n; v++)
                {
                    var ex = x[u] - x[v];
                    var ey = y[u] - y[v];
                    var d2 = ex * ex + ey * ey;
                    if (d2 < 1e-12)
                    {
                        // coincident nodes: push apart along a fixed, index-dependent direction
                        ex = 1e-6 * ((u + v) % 2 == 0 ? 1 : -1);
                        ey = 1e-6;
                        d2 = ex * ex + ey * ey;
                    }
                    var f = k2 / d2; // (k²/d) · (e/d)
                    dx[u] += ex * f;
                    dy[u] += ey * f;
                    dx[v] -= ex * f;
                    dy[v] -= ey * f;
                }
            }
            foreach (var (u, v) in edges)
            {
                var ex = x[u] - x[v];
                var ey = y[u] - y[v];
                var d = Math.Sqrt(ex * ex + ey * ey);
                var f = d / k; // (d²/k) · (e/d)
                dx[u] -= ex * f;
                dy[u] -= ey * f;
                dx[v] += ex * f;
                dy[v] += ey * f;
            }
            for (var v = 0; v < n; v++)
            {
                dx[v] -= x[v] * Gravity;
                dy[v] -= y[v] * Gravity;
                var d = Math.Sqrt(dx[v] * dx[v] + dy[v] * dy[v]);
                if (d > 0)
                {
                    var step = Math.Min(d, temperature) / d;
                    x[v] = Math.Clamp(x[v] + dx[v] * step, -0.5, 0.5);
                    y[v] = Math.Clamp(y[v] + dy[v] * step, -0.5, 0.5);
                }
            }
        }
        var result = new (double, double)[n];
        for (var v = 0; v < n; v++) result[v] = (x[v], y[v]);
        return result;
    }
}
