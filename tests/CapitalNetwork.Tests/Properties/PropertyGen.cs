using CsCheck;

namespace CapitalNetwork.Tests.Properties;

/// <summary>One flow of a generated network: source and target node numbers and integer weights (so that sums are exact).</summary>
internal readonly record struct GenFlow(int Source, int Target, int Funds, int Links, int Capital);

/// <summary>A generated network: node ids (and labels) in their declaration order, and the flows between node numbers.</summary>
internal sealed record GenNetwork(string[] Ids, string[] Labels, GenFlow[] Flows, bool Cities)
{
    /// <summary>Builds it, declaring the nodes in <paramref name="order"/> (a permutation of node numbers), or in order.</summary>
    public FlowNetwork Build(int[]? order = null)
    {
        var b = Cities ? FlowNetworkBuilder.ForCities(Gazetteer.Default) : new FlowNetworkBuilder();
        if (!Cities)
            foreach (var i in order ?? Enumerable.Range(0, Ids.Length).ToArray()) b.AddNode(Ids[i], Labels[i]);
        foreach (var f in Flows) b.AddFlow(b.IndexOf(Ids[f.Source]), b.IndexOf(Ids[f.Target]), f.Funds, f.Links, f.Capital);
        return b.Build();
    }

    public override string ToString() =>
        $"{(Cities ? "cities" : "plain")} n={Ids.Length} flows=[{string.Join("; ", Flows.Select(f => $"{f.Source}->{f.Target} {f.Funds}/{f.Links}/{f.Capital}"))}]";
}

/// <summary>CsCheck generators shared by the property tests (seeded by CsCheck; a failure prints the seed to replay).</summary>
internal static class PropertyGen
{
    /// <summary>Iterations of each property (see the closing note of issue 9 for the totals).</summary>
    public const int Iterations = 300;

    private static readonly string[] CityIds = Gazetteer.Default.Nodes.Select(d => d.Code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    // Characters ids and labels are drawn from: plain, XML-special, CJK, blanks.
    private const string IdAlphabet = "abcxyz019_-.&<>\"' 北京深圳市区";

    private static readonly Gen<string> Id = Gen.Char[IdAlphabet].Array[1, 6].Select(c => new string(c));

    private static Gen<GenFlow> Flow(int n) =>
        Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[0, 5], Gen.Int[0, 9], Gen.Int[0, 100_000])
            .Select((s, t, f, l, c) => new GenFlow(s, t, f, l, c));

    /// <summary>A network of 1–25 nodes with arbitrary string ids and labels, 0–60 flows (self-loops and repeats included).</summary>
    public static readonly Gen<GenNetwork> Plain =
        Gen.Int[1, 25].SelectMany(n => Gen.Select(Id.Array[n], Id.Array[n], Flow(n).Array[0, 60]))
            .Select((ids, labels, flows) =>
            {
                // Ids must be unique: suffix repeats with their position.
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < ids.Length; i++)
                    if (!seen.Add(ids[i].Trim().Length == 0 ? ids[i] = "v" + i : ids[i])) seen.Add(ids[i] = ids[i] + "#" + i);
                return new GenNetwork(ids, labels, flows, Cities: false);
            });

    /// <summary>A city network (all 372 gazetteer cities) with 0–80 flows among the cities.</summary>
    public static readonly Gen<GenNetwork> City =
        Flow(CityIds.Length).Array[0, 80].Select(flows => new GenNetwork(CityIds, CityIds, flows, Cities: true));

    /// <summary>Either kind.</summary>
    public static readonly Gen<GenNetwork> Any = Gen.Frequency((3, Plain), (1, City));

    /// <summary>A permutation of 0..n−1.</summary>
    public static Gen<int[]> Permutation(int n) => Gen.Shuffle(Enumerable.Range(0, n).ToArray());
}
