using System.Globalization;
using CapitalNetwork.Measures;

namespace CapitalNetwork.Tests.Measures;

/// <summary>Reads the QAP and gravity fixtures of TestData/qap (written by make_reference.py and make_reference.R).</summary>
internal static class QapReference
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "TestData", "qap");

    public static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    public static List<string[]> Rows(string file) =>
        File.ReadAllLines(Path.Combine(Dir, file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();

    /// <summary>The named columns of a long-format matrix file (source,target,col…) as dyad matrices.</summary>
    public static Dictionary<string, DyadMatrix> Matrices(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Dir, file));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        var ids = rows.Select(r => r[0]).Distinct().ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var n = ids.Count;
        var result = new Dictionary<string, DyadMatrix>();
        for (var c = 2; c < header.Length; c++)
        {
            var v = new double[n * n];
            foreach (var r in rows) v[index[r[0]] * n + index[r[1]]] = Number(r[c]);
            result[header[c]] = new DyadMatrix(header[c], ids, v);
        }
        return result;
    }
}
