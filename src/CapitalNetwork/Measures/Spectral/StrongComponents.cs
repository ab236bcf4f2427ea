namespace CapitalNetwork.Measures.Spectral;

/// <summary>Strongly connected components of a graph in compact-array form (iterative Tarjan, O(n + m)).</summary>
internal static class StrongComponents
{
    /// <summary>Component id of every node (ids 0..count−1, in the order Tarjan completes them: sinks first).</summary>
    public static (int[] Component, int Count) Strong(int n, int[] start, int[] adj)
    {
        var index = new int[n];
        var low = new int[n];
        var comp = new int[n];
        Array.Fill(index, -1);
        var onStack = new bool[n];
        var stack = new int[n];
        var sp = 0;
        var callNode = new int[n];
        var callEdge = new int[n];
        var next = 0;
        var count = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            var depth = 0;
            callNode[0] = root;
            callEdge[0] = start[root];
            index[root] = low[root] = next++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0)
            {
                var v = callNode[depth];
                var e = callEdge[depth];
                if (e < start[v + 1])
                {
                    callEdge[depth] = e + 1;
                    var w = adj[e];
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = next++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = start[w];
                    }
                    else if (onStack[w] && index[w] < low[v])
                    {
                        low[v] = index[w];
                    }
                    continue;
                }
                if (low[v] == index[v])
                {
                    int x;
                    do
                    {
                        x = stack[--sp];
                        onStack[x] = false;
                        comp[x] = count;
                    } while (x != v);
                    count++;
                }
                depth--;
                if (depth >= 0)
                {
                    var parent = callNode[depth];
                    if (low[v] < low[parent]) low[parent] = low[v];
                }
            }
        }
        return (comp, count);
    }
}
