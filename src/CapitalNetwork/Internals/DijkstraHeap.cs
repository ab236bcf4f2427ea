namespace CapitalNetwork.Internals;

/// <summary>
/// An indexed 4-ary min-heap of node keys with decrease-key, for Dijkstra searches over nodes <c>0..n−1</c> (a 4-ary
/// heap is shallower than a binary one and keeps a node's children in one cache line of keys).
/// Keys and nodes are stored side by side; <c>_pos[v]</c> is v's slot, or −1 when v is not in the heap.
/// Reusable: <see cref="Count"/> returns to 0 when all entries are popped. Not thread-safe (one per worker).
/// </summary>
internal sealed class DijkstraHeap
{
    private readonly double[] _key;
    private readonly int[] _node;
    private readonly int[] _pos;
    private int _count;

    public DijkstraHeap(int capacity)
    {
        _key = new double[Math.Max(1, capacity)];
        _node = new int[Math.Max(1, capacity)];
        _pos = new int[Math.Max(1, capacity)];
        Array.Fill(_pos, -1);
    }

    public int Count => _count;

    /// <summary>True when v is in the heap (reached, not yet settled).</summary>
    public bool Contains(int v) => _pos[v] >= 0;

    /// <summary>Inserts v with key k, or lowers v's key to k when v is already in the heap with a larger key.</summary>
    public void InsertOrDecrease(int v, double k)
    {
        var i = _pos[v];
        if (i < 0)
        {
            i = _count++;
        }
        else if (!(k < _key[i]))
        {
            return;
        }
        // Sift up from slot i.
        while (i > 0)
        {
            var parent = (i - 1) >> 2;
            if (!(k < _key[parent])) break;
            _key[i] = _key[parent];
            _node[i] = _node[parent];
            _pos[_node[i]] = i;
            i = parent;
        }
        _key[i] = k;
        _node[i] = v;
        _pos[v] = i;
    }

    /// <summary>Removes and returns the node with the smallest key (ties: whichever the heap holds at the root).</summary>
    public int PopMin()
    {
        var top = _node[0];
        _pos[top] = -1;
        var last = --_count;
        if (last > 0)
        {
            var k = _key[last];
            var v = _node[last];
            var i = 0;
            while (true)
            {
                var first = 4 * i + 1;
                if (first >= last) break;
                var child = first;
                var ck = _key[first];
                var end = Math.Min(first + 4, last);
                for (var c = first + 1; c < end; c++)
                {
                    if (_key[c] < ck)
                    {
                        ck = _key[c];
                        child = c;
                    }
                }
                if (!(ck < k)) break;
                _key[i] = ck;
                _node[i] = _node[child];
                _pos[_node[i]] = i;
                i = child;
            }
            _key[i] = k;
            _node[i] = v;
            _pos[v] = i;
        }
        return top;
    }
}
