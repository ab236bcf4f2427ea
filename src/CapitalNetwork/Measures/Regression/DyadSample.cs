namespace CapitalNetwork.Measures.Regression;

/// <summary>
/// The nodes a regression can use and its matrices restricted to them. A node is left out when a cell of its row or
/// column (off the diagonal, or on it when the diagonal is used) is not finite in any matrix: the node with the most such
/// cells goes first, then counts are redone, until no such cell is left (an attribute a node lacks leaves exactly that
/// node out). Matrices are copied compactly (row-major, k² cells over the kept nodes); with the diagonal excluded its
/// cells are set to 0 so that dot products over all k² cells are sums over the off-diagonal cells.
/// </summary>
internal sealed class DyadSample
{
    private DyadSample(int[] kept, string[] leftOut, double[][] matrices, bool diagonal)
    {
        Kept = kept;
        LeftOut = leftOut;
        Matrices = matrices;
        Diagonal = diagonal;
    }

    /// <summary>Indices (in the original matrices) of the kept nodes, ascending.</summary>
    public int[] Kept { get; }

    /// <summary>Ids of the left-out nodes.</summary>
    public string[] LeftOut { get; }

    /// <summary>Compact matrices, in the order given.</summary>
    public double[][] Matrices { get; }

    /// <summary>Whether diagonal cells are used.</summary>
    public bool Diagonal { get; }

    /// <summary>Number of kept nodes.</summary>
    public int Size => Kept.Length;

    /// <summary>Number of cells used: k(k − 1), or k² with the diagonal.</summary>
    public long Cells => Diagonal ? (long)Size * Size : (long)Size * (Size - 1);

    public static DyadSample Create(IReadOnlyList<DyadMatrix> matrices, bool diagonal)
    {
        ArgumentNullException.ThrowIfNull(matrices);
        if (matrices.Count == 0) throw new ArgumentException("No matrix was given.", nameof(matrices));
        var first = matrices[0];
        foreach (var m in matrices)
        {
            ArgumentNullException.ThrowIfNull(m);
            if (!m.NodeIds.SequenceEqual(first.NodeIds, StringComparer.Ordinal))
                throw new ArgumentException($"The matrices '{first.Name}' and '{m.Name}' are not over the same nodes in the same order.", nameof(matrices));
        }
        var n = first.NodeCount;
        var bad = new bool[(long)n * n];
        foreach (var m in matrices)
        {
            var v = m.Values;
            for (var c = 0; c < v.Length; c++)
                if (!double.IsFinite(v[c])) bad[c] = true;
        }
        var alive = Enumerable.Repeat(true, n).ToArray();
        var count = new int[n];
        while (true)
        {
            Array.Clear(count);
            for (var i = 0; i < n; i++)
            {
                if (!alive[i]) continue;
                for (var j = 0; j < n; j++)
                {
                    if (!alive[j] || (i == j && !diagonal) || !bad[(long)i * n + j]) continue;
                    count[i]++;
                    if (j != i) count[j]++;
                }
            }
            var worst = -1;
            for (var i = 0; i < n; i++)
                if (count[i] > 0 && (worst < 0 || count[i] > count[worst])) worst = i;
            if (worst < 0) break;
            alive[worst] = false;
        }
        var kept = Enumerable.Range(0, n).Where(i => alive[i]).ToArray();
        var leftOut = Enumerable.Range(0, n).Where(i => !alive[i]).Select(i => first.NodeIds[i]).ToArray();
        var k = kept.Length;
        var compact = new double[matrices.Count][];
        for (var q = 0; q < matrices.Count; q++)
        {
            var v = matrices[q].Values;
            var c = new double[(long)k * k];
            for (var a = 0; a < k; a++)
                for (var b = 0; b < k; b++)
                    c[(long)a * k + b] = a == b && !diagonal ? 0 : v[(int)((long)kept[a] * n + kept[b])];
            compact[q] = c;
        }
        return new DyadSample(kept, leftOut, compact, diagonal);
    }
}
