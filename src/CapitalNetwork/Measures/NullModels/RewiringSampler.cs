using CapitalNetwork.Measures.Fitting;
using CapitalNetwork.Randomness;

namespace CapitalNetwork.Measures.NullModels;

/// <summary>
/// Null graphs for a <see cref="CompactGraph"/> on the same nodes, drawn with a seeded <see cref="Xoshiro256"/>.
/// <list type="bullet">
/// <item><see cref="DegreePreserving"/>: double edge swaps (Maslov–Sneppen 2002, doi:10.1126/science.1065103).
/// Undirected: pick two edges a–b, c–d (the second in a random orientation) and rewire them to a–d, c–b; directed:
/// a→b, c→d become a→d, c→b. A swap that would create a self-loop or a duplicate edge is rejected. Degrees (in- and
/// out-degrees when directed) are preserved exactly; each edge keeps its value, so strengths are not. The chain runs
/// until Q·m swaps succeeded or 10·Q·m were tried (NetworkX's <c>double_edge_swap</c> convention).</item>
/// <item><see cref="ErdosRenyi"/>: the same number of edges placed uniformly at random on distinct pairs (G(n, m)),
/// the original edge values shuffled over them.</item>
/// </list>
/// Not thread-safe: one sampler per thread. The graph returned is the sampler's own buffer, refilled in place
/// (no allocation per sample): it is valid until the next call.
/// </summary>
internal sealed class RewiringSampler
{
    private const int DenseLimit = 4096;
    private readonly CompactGraph _g;
    private readonly int _n;
    private readonly bool _directed;
    private readonly int[] _s, _t;
    private readonly double[] _w;
    private readonly ulong[]? _bits;
    private readonly HashSet<long>? _set;
    private readonly CompactGraph _buffer;

    public RewiringSampler(CompactGraph g)
    {
        _g = g;
        _n = g.NodeCount;
        _directed = g.Directed;
        _s = new int[g.EdgeCount];
        _t = new int[g.EdgeCount];
        _w = new double[g.EdgeCount];
        if (_n <= DenseLimit) _bits = new ulong[((long)_n * _n + 63) / 64];
        else _set = [];
        _buffer = CompactGraph.Buffer(g);
    }

    private long Key(int u, int v)
    {
        if (!_directed && u > v) (u, v) = (v, u);
        return (long)u * _n + v;
    }

    private bool Has(int u, int v)
    {
        var k = Key(u, v);
        return _bits is not null ? (_bits[k >> 6] & (1UL << (int)(k & 63))) != 0 : _set!.Contains(k);
    }

    private void Set(int u, int v, bool on)
    {
        var k = Key(u, v);
        if (_bits is not null)
        {
            if (on) _bits[k >> 6] |= 1UL << (int)(k & 63);
            else _bits[k >> 6] &= ~(1UL << (int)(k & 63));
        }
        else if (on) _set!.Add(k);
        else _set!.Remove(k);
    }

    private void Clear()
    {
        if (_bits is not null) Array.Clear(_bits);
        else _set!.Clear();
    }

    /// <summary>A degree-preserving randomisation with <paramref name="swapsPerEdge"/>·m successful swaps (see the class remarks).</summary>
    public CompactGraph DegreePreserving(ref Xoshiro256 rng, double swapsPerEdge)
    {
        var m = _g.EdgeCount;
        Array.Copy(_g.Source, _s, m);
        Array.Copy(_g.Target, _t, m);
        Array.Copy(_g.Weight, _w, m);
        Clear();
        for (var e = 0; e < m; e++) Set(_s[e], _t[e], true);
        if (m >= 2)
        {
            var target = (long)Math.Ceiling(swapsPerEdge * m);
            var maxTries = 10 * target;
            long done = 0, tries = 0;
            while (done < target && tries < maxTries)
            {
                tries++;
                var e1 = rng.Next(m);
                var e2 = rng.Next(m);
                if (e1 == e2) continue;
                int a = _s[e1], b = _t[e1], c = _s[e2], d = _t[e2];
                if (!_directed && (rng.NextUInt64() & 1) != 0) (c, d) = (d, c);
                if (a == d || c == b || Has(a, d) || Has(c, b)) continue;
                Set(a, b, false);
                Set(c, d, false);
                Set(a, d, true);
                Set(c, b, true);
                if (!_directed && a > d) (a, d) = (d, a);
                if (!_directed && c > b) (c, b) = (b, c);
                _s[e1] = a;
                _t[e1] = d;
                _s[e2] = c;
                _t[e2] = b;
                done++;
            }
        }
        _buffer.Refill(_s, _t, _w);
        return _buffer;
    }

    /// <summary>A G(n, m) graph with the original edge values shuffled over the new edges.</summary>
    public CompactGraph ErdosRenyi(ref Xoshiro256 rng)
    {
        var m = _g.EdgeCount;
        Array.Copy(_g.Weight, _w, m);
        Clear();
        for (var e = 0; e < m; e++)
        {
            int u, v;
            do
            {
                u = rng.Next(_n);
                v = rng.Next(_n);
            }
            while (u == v || Has(u, v));
            Set(u, v, true);
            if (!_directed && u > v) (u, v) = (v, u);
            _s[e] = u;
            _t[e] = v;
        }
        for (var i = m - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (_w[i], _w[j]) = (_w[j], _w[i]);
        }
        _buffer.Refill(_s, _t, _w);
        return _buffer;
    }
}
