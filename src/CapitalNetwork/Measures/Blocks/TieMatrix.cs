namespace CapitalNetwork.Measures.Blocks;

/// <summary>
/// The sparse matrix A that CONCOR reads (implementation only): a_ij = 1 (binary) or the chosen weight (weighted) for
/// every edge i → j with i ≠ j and a positive weight; self-loops and zero-weight edges are left out. Out- and in-rows
/// in CSR form (the network's own edge order, targets and sources ascending). O(n + m) to build and to hold, so the
/// first correlations never need the dense n × n matrix.
/// </summary>
internal sealed class TieMatrix
{
    private TieMatrix(int n, int[] outStart, int[] outTarget, double[] outValue, int[] inStart, int[] inSource, double[] inValue)
    {
        NodeCount = n;
        OutStart = outStart;
        OutTarget = outTarget;
        OutValue = outValue;
        InStart = inStart;
        InSource = inSource;
        InValue = inValue;
    }

    /// <summary>n.</summary>
    public int NodeCount { get; }

    /// <summary>Out-row starts (length n + 1): i's cells a_ij occupy [OutStart[i], OutStart[i + 1]).</summary>
    public int[] OutStart { get; }

    /// <summary>The j of each out-row cell.</summary>
    public int[] OutTarget { get; }

    /// <summary>The value a_ij of each out-row cell.</summary>
    public double[] OutValue { get; }

    /// <summary>In-row starts (length n + 1): j's cells a_ij occupy [InStart[j], InStart[j + 1]).</summary>
    public int[] InStart { get; }

    /// <summary>The i of each in-row cell.</summary>
    public int[] InSource { get; }

    /// <summary>The value a_ij of each in-row cell.</summary>
    public double[] InValue { get; }

    /// <summary>Σ of all cells (loops excluded).</summary>
    public double Total
    {
        get
        {
            var t = 0.0;
            foreach (var v in OutValue) t += v;
            return t;
        }
    }

    /// <summary>A of <paramref name="network"/>: binary when <paramref name="weight"/> is null, else that weight.</summary>
    public static TieMatrix Of(FlowNetwork network, EdgeWeight? weight)
    {
        var n = network.NodeCount;
        var channel = weight ?? EdgeWeight.Funds;
        var (outStart, targets, weights) = network.EdgeArrays(channel);
        var (inStart, inSources, inWeights) = network.InEdgeArrays(channel);
        var (os, ot, ov) = Keep(n, outStart, targets, weights, weight is null);
        var (@is, isrc, iv) = Keep(n, inStart, inSources, inWeights, weight is null);
        return new TieMatrix(n, os, ot, ov, @is, isrc, iv);
    }

    private static (int[] Start, int[] Other, double[] Value) Keep(int n, int[] start, int[] other, double[] w, bool binary)
    {
        var keep = new int[n + 1];
        var count = 0;
        for (var v = 0; v < n; v++)
        {
            keep[v] = count;
            for (var e = start[v]; e < start[v + 1]; e++)
                if (other[e] != v && w[e] > 0) count++;
        }
        keep[n] = count;
        var o = new int[count];
        var val = new double[count];
        var at = 0;
        for (var v = 0; v < n; v++)
            for (var e = start[v]; e < start[v + 1]; e++)
                if (other[e] != v && w[e] > 0)
                {
                    o[at] = other[e];
                    val[at++] = binary ? 1 : w[e];
                }
        return (keep, o, val);
    }
}
