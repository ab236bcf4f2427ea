using System.Text.Json;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// The reference fixture TestData/centrality/reference.json, written by TestData/centrality/make_reference.py
/// (networkx 3.6.1, python-igraph 0.10.2, numpy 1.24.2). Each graph carries its nodes, edges, expected vectors per key
/// and the exact call that produced each vector (<see cref="Call"/>).
/// </summary>
internal static class CentralityReference
{
    private static readonly Lazy<IReadOnlyDictionary<string, Graph>> All = new(Load);

    public static Graph Get(string name) => All.Value[name];

    /// <summary>(graph name) for every graph whose expected set has the key with a value (not undefined).</summary>
    public static TheoryData<string> With(string key)
    {
        var data = new TheoryData<string>();
        foreach (var g in All.Value.Values.Where(g => g.Has(key))) data.Add(g.Name);
        return data;
    }

    /// <summary>(graph name) for every graph where the reference says the key is undefined.</summary>
    public static TheoryData<string> UndefinedFor(string key)
    {
        var data = new TheoryData<string>();
        foreach (var g in All.Value.Values.Where(g => g.Undefined.ContainsKey(key))) data.Add(g.Name);
        return data;
    }

    private static IReadOnlyDictionary<string, Graph> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "centrality", "reference.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var result = new Dictionary<string, Graph>();
        foreach (var g in doc.RootElement.GetProperty("graphs").EnumerateArray())
        {
            var builder = new FlowNetworkBuilder();
            foreach (var id in g.GetProperty("nodes").EnumerateArray()) builder.AddNode(id.GetString()!);
            foreach (var e in g.GetProperty("edges").EnumerateArray())
            {
                var w = e[2].GetDouble();
                builder.AddFlow(builder.IndexOf(e[0].GetString()!), builder.IndexOf(e[1].GetString()!), w, w, w);
            }
            var expected = new Dictionary<string, double[]?>();
            var scalars = new Dictionary<string, double>();
            foreach (var p in g.GetProperty("expected").EnumerateObject())
            {
                switch (p.Value.ValueKind)
                {
                    case JsonValueKind.Array: expected[p.Name] = p.Value.EnumerateArray().Select(x => x.GetDouble()).ToArray(); break;
                    case JsonValueKind.Number: scalars[p.Name] = p.Value.GetDouble(); break;
                    default: expected[p.Name] = null; break;
                }
            }
            var calls = g.GetProperty("calls").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            var undefined = g.GetProperty("undefined").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            var name = g.GetProperty("name").GetString()!;
            result[name] = new Graph(name, g.GetProperty("directed").GetBoolean(), builder.Build(), expected, scalars, calls, undefined);
        }
        return result;
    }

    internal sealed record Graph(string Name, bool Directed, FlowNetwork Network, IReadOnlyDictionary<string, double[]?> Expected,
        IReadOnlyDictionary<string, double> Scalars, IReadOnlyDictionary<string, string> Calls, IReadOnlyDictionary<string, string> Undefined)
    {
        public bool Has(string key) => Expected.TryGetValue(key, out var v) && v is not null;

        public double[] this[string key] => Expected[key] ?? throw new InvalidOperationException($"{Name}: {key} is undefined in the reference");

        public string Call(string key) => Calls[key];

        public override string ToString() => Name;
    }
}

/// <summary>Comparisons with the tolerances the issue sets.</summary>
internal static class Agreement
{
    /// <summary>Path measures: relative 1e-9 (a zero expected value must come out below 1e-12).</summary>
    public static void Relative(double[] expected, IReadOnlyList<double> actual, string because, double tol = 1e-9)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var e = expected[i];
            var a = actual[i];
            var ok = Math.Abs(a - e) <= tol * Math.Max(Math.Abs(e), Math.Abs(a)) || Math.Abs(a - e) <= 1e-12;
            Assert.True(ok, $"node {i}: expected {e:R}, got {a:R} ({because})");
        }
    }

    /// <summary>Iterative measures run to tight tolerance: absolute 1e-9.</summary>
    public static void Absolute(double[] expected, IReadOnlyList<double> actual, string because, double tol = 1e-9)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(actual[i] - expected[i]) <= tol, $"node {i}: expected {expected[i]:R}, got {actual[i]:R} ({because})");
    }
}
