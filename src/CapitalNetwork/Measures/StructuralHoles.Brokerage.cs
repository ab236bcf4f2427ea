namespace CapitalNetwork.Measures;

public static partial class StructuralHoles
{
    /// <summary>
    /// Gould–Fernandez brokerage roles: for every open two-path a → b → c of the binary directed network (a, b, c
    /// distinct, no edge a → c), the broker b scores one in the role set by the groups of a, b and c: coordinator w_I
    /// (all one group), consultant w_O (a and c in one group, b in another), representative b_IO (a with b, c
    /// elsewhere), gatekeeper b_OI (c with b, a elsewhere) or liaison b_O (three groups). In a city network with capital
    /// flowing partner city → fund city, a gatekeeper city takes capital in from another region and passes it on
    /// inside its own; a representative passes its region's capital out.
    /// </summary>
    /// <remarks>
    /// <para><b>Reference:</b> equals R sna <c>brokerage(g, cl)$raw.nli</c> (raw counts, columns w_I, w_O, b_IO, b_OI,
    /// b_O; sna 2.7) exactly. Every edge is a tie whatever its weights; self-loops are left out (they make no
    /// two-path and never close one). The normalised scores of sna (<c>z.nli</c>) compare the counts with their
    /// expectation under random group labels and are not computed here.</para>
    /// <para><b>Nodes a grouping leaves out</b> (<see cref="Grouping.LeftOut"/>, <see cref="Grouping.GroupOf"/> = −1,
    /// such as Hong Kong, Macao and Taiwan under <see cref="Grouping.ByRegion"/>) each count as a group of their own,
    /// different from every other group and every other left-out node: their two-paths are kept and are never
    /// coordinator paths (a left-out broker is a consultant or a liaison). This is sna with a unique label for each.</para>
    /// <para><b>Variants:</b> UCINET's brokerage routine counts the same roles on the binary network; whether a two-path
    /// with a tie a → c counts, and the reading of representative and gatekeeper for the direction of the ties, differ
    /// between texts: here the direction is the edge direction a → b → c. Complexity O(m + Σ_b in(b)·out(b)) time (a
    /// marker array stamped with a's out-neighbours answers "a → c?" in O(1)), O(n) extra memory.</para>
    /// <para>Gould, R. V. and Fernandez, R. M. (1989). Structures of mediation: a formal approach to brokerage in
    /// transaction networks. <i>Sociological Methodology</i> 19, 89–126, doi:10.2307/270949.</para>
    /// </remarks>
    /// <param name="network">The network (the edges, not their weights, are read).</param>
    /// <param name="groups">The group of every node (e.g. <see cref="Grouping.ByRegion"/>).</param>
    /// <returns>The five role counts and their total per node.</returns>
    /// <exception cref="ArgumentException">The grouping has a different number of units than the network has nodes.</exception>
    public static BrokerageResult Brokerage(FlowNetwork network, Grouping groups)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(groups);
        var n = network.NodeCount;
        if (groups.UnitCount != n)
            throw new ArgumentException($"The grouping has {groups.UnitCount} units; the network has {n} nodes.", nameof(groups));
        // Left-out nodes get a group of their own: Count + their node index.
        var group = new int[n];
        for (var v = 0; v < n; v++)
        {
            var g = groups.GroupOf(v);
            group[v] = g >= 0 ? g : groups.Count + v;
        }
        var targets = network.Targets;
        var outStart = new int[n + 1];
        for (var v = 0; v < n; v++) outStart[v + 1] = network.OutEdges(v).End.Value;
        var counts = new long[5 * n];
        var mark = new int[n];
        Array.Fill(mark, -1);
        for (var a = 0; a < n; a++)
        {
            var (s, e) = (outStart[a], outStart[a + 1]);
            if (e == s) continue;
            for (var x = s; x < e; x++) mark[targets[x]] = a;
            var ga = group[a];
            for (var x = s; x < e; x++)
            {
                var b = targets[x];
                if (b == a) continue;
                var gb = group[b];
                var row = 5 * b;
                for (var y = outStart[b]; y < outStart[b + 1]; y++)
                {
                    var c = targets[y];
                    if (c == a || c == b || mark[c] == a) continue;
                    var gc = group[c];
                    var role = ga == gb
                        ? (gb == gc ? 0 : 2)          // coordinator : representative
                        : gb == gc ? 3                // gatekeeper
                        : ga == gc ? 1 : 4;           // consultant : liaison
                    counts[row + role]++;
                }
            }
        }
        NodeValues Role(int role, string name) =>
            new(network, $"brokerage_{name}(groups={groups.Description})", Enumerable.Range(0, n).Select(v => (double)counts[5 * v + role]));
        return new BrokerageResult(Role(0, "coordinator"), Role(1, "consultant"), Role(2, "representative"), Role(3, "gatekeeper"),
            Role(4, "liaison"),
            new NodeValues(network, $"brokerage_total(groups={groups.Description})",
                Enumerable.Range(0, n).Select(v => (double)(counts[5 * v] + counts[5 * v + 1] + counts[5 * v + 2] + counts[5 * v + 3] + counts[5 * v + 4]))),
            groups);
    }
}
