using CapitalNetwork.Synthetic;

namespace CapitalNetwork.Benchmarks;

/// <summary>Synthetic filings files written once per process into the temp folder (seeded: same bytes every run).</summary>
internal static class BenchmarkData
{
    public static string FilingsFile(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"capnet-bench-filings-{rows}.csv");
        if (File.Exists(path)) return path;
        var tmp = path + ".tmp";
        using (var w = new StreamWriter(tmp, false, new System.Text.UTF8Encoding(false), 1 << 16))
            SyntheticFilings.Write(w, new SyntheticFilingsOptions { Rows = rows });
        File.Move(tmp, path, overwrite: true);
        return path;
    }
}
