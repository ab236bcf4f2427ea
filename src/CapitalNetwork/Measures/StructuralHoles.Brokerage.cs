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

    /// <summary>
    /// R sna's normalised Gould–Fernandez brokerage scores (<c>brokerage(g, cl)$z.nli</c>): each node's raw count in a
    /// role (<see cref="Brokerage"/>) less its expectation, over its standard deviation, z = (count − E) / √V, under
    /// sna's random-graph reference in which every ordered pair is tied independently with the network's density
    /// d = m / (n(n − 1)) (m the edges other than self-loops) and the group sizes are kept. With q = d²(1 − d), r = d³(1 − d)³,
    /// the broker's group of g nodes among n, and the other groups' sizes g_j: coordinator E = q(g − 1)(g − 2),
    /// V = E(1 − q) + 2(g − 1)(g − 2)(g − 3)r; consultant E = q Σ g_j(g_j − 1), V = E(1 − q) + 2 Σ g_j(g_j − 1)(g_j − 2) r;
    /// representative and gatekeeper E = q(n − g)(g − 1), V = E(1 − q) + 2((g − 1)C(n − g, 2) + (n − g)C(g − 1, 2)) r;
    /// liaison E = q((Σ g_j)² − Σ g_j²), V = E(1 − q) + 4 Σ g_j C(n − g_j − g, 2) r; total E = q(n − 1)(n − 2),
    /// V = E(1 − q) + 2(n − 1)(n − 2)(n − 3) r. A node the grouping leaves out is a group of its own, as in
    /// <see cref="Brokerage"/>. A zero variance gives NaN (0/0) or ±∞, as sna. These are sna's formulas (Gould and
    /// Fernandez 1989 give the expectations; sna's variances are its own); UCINET reports raw counts and its own
    /// normalisation, not this. O(n + m + k²) for k groups.
    /// </summary>
    /// <remarks>Gould and Fernandez (1989), Sociological Methodology 19:89–126, doi:10.2307/270949; R sna 2.7
    /// <c>brokerage</c> (Butts 2008, doi:10.18637/jss.v024.i06).</remarks>
    /// <param name="network">The network.</param>
    /// <param name="groups">The group of every node.</param>
    /// <returns>The five role z-scores and the z-score of the total, per node (node values named <c>brokerage_*_z</c>).</returns>
    /// <exception cref="ArgumentException">The grouping has a different number of units than the network has nodes.</exception>
    public static BrokerageResult BrokerageZScores(FlowNetwork network, Grouping groups)
    {
        var raw = Brokerage(network, groups);
        var n = network.NodeCount;
        long m = 0;
        var src = network.Sources;
        var dst = network.Targets;
        for (var e = 0; e < network.EdgeCount; e++) if (src[e] != dst[e]) m++;
        // group sizes, a left-out node a group of its own (index Count + v)
        var sizeOf = new Dictionary<int, double>();
        var groupOf = new int[n];
        for (var v = 0; v < n; v++)
        {
            var g = groups.GroupOf(v);
            groupOf[v] = g >= 0 ? g : groups.Count + v;
            sizeOf[groupOf[v]] = sizeOf.GetValueOrDefault(groupOf[v]) + 1;
        }
        double N = n;
        var d = m / (N * (N - 1));
        var q = d * d * (1 - d);
        var r = d * d * d * (1 - d) * (1 - d) * (1 - d);
        static double Choose2(double x) => x * (x - 1) / 2;
        var moments = new Dictionary<int, (double[] E, double[] V)>();
        foreach (var (key, g) in sizeOf)
        {
            var others = sizeOf.Where(kv => kv.Key != key).Select(kv => kv.Value).ToArray();
            var e = new double[6];
            var v = new double[6];
            e[0] = q * (g - 1) * (g - 2);
            v[0] = e[0] * (1 - q) + 2 * (g - 1) * (g - 2) * (g - 3) * r;
            e[1] = q * others.Sum(x => x * (x - 1));
            v[1] = e[1] * (1 - q) + 2 * others.Sum(x => x * (x - 1) * (x - 2)) * r;
            e[2] = q * (N - g) * (g - 1);
            v[2] = e[2] * (1 - q) + 2 * ((g - 1) * Choose2(N - g) + (N - g) * Choose2(g - 1)) * r;
            e[3] = e[2];
            v[3] = v[2];
            var sum = others.Sum();
            e[4] = q * (sum * sum - others.Sum(x => x * x));
            v[4] = e[4] * (1 - q) + 4 * others.Sum(x => x * Choose2(N - x - g) * r);
            e[5] = q * (N - 1) * (N - 2);
            v[5] = e[5] * (1 - q) + 2 * (N - 1) * (N - 2) * (N - 3) * r;
            moments[key] = (e, v);
        }
        NodeValues Z(NodeValues counts, int role, string name) => new(network, $"brokerage_{name}_z(groups={groups.Description})",
            Enumerable.Range(0, n).Select(x =>
            {
                var (e, v) = moments[groupOf[x]];
                return (counts[x] - e[role]) / Math.Sqrt(v[role]);
            }));
        return new BrokerageResult(Z(raw.Coordinator, 0, "coordinator"), Z(raw.Consultant, 1, "consultant"),
            Z(raw.Representative, 2, "representative"), Z(raw.Gatekeeper, 3, "gatekeeper"), Z(raw.Liaison, 4, "liaison"),
            Z(raw.Total, 5, "total"), groups);
    }
}
