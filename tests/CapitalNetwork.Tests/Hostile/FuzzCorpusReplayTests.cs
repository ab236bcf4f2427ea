using System.Runtime.InteropServices;
using System.Text;

namespace CapitalNetwork.Tests.Hostile;

/// <summary>
/// Replays the committed fuzzing corpus (TestData/fuzz/{filings,place,gexf}: the seeds, the AFL++ queue entries of the
/// runs recorded in fuzz/README.md, and every crashing input found, named crash-*) under the contract of
/// fuzz/Shared/FuzzTargets.cs, without AFL: an input may be refused only with the library's own format exception, the
/// ingest report must reconcile and keep no more diagnostics than the limit, and each file must finish in bounded time.
/// </summary>
public class FuzzCorpusReplayTests
{
    private static readonly IngestOptions Ingest = IngestOptions.Default with
    {
        Read = FilingsReadOptions.Default with { MaxFieldLength = 256, MaxDiagnostics = 8 },
    };

    private static string[] Files(string corpus)
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz", corpus));
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    [Fact]
    public void Filings_corpus_replays_cleanly()
    {
        var files = Files("filings");
        Assert.True(files.Length >= 6);
        foreach (var file in files)
        {
            var data = File.ReadAllBytes(file);
            try
            {
                var report = CityNetwork.FromFilings(new MemoryStream(data), "fuzz.csv", Ingest).Report;
                Assert.True(report.Reconciles, $"{Path.GetFileName(file)}: the report does not reconcile");
                Assert.True(report.Diagnostics.Count <= Ingest.Read.MaxDiagnostics, Path.GetFileName(file));
            }
            catch (FilingsFormatException)
            {
            }
            try
            {
                EdgeListReader.Read(new MemoryStream(data), "fuzz.csv", null, Ingest.Read);
            }
            catch (FilingsFormatException)
            {
            }
        }
    }

    [Fact]
    public void Place_corpus_replays_cleanly()
    {
        var files = Files("place");
        Assert.True(files.Length >= 15);
        foreach (var file in files)
        {
            var data = File.ReadAllBytes(file);
            foreach (var text in new[] { Encoding.UTF8.GetString(data), new string(MemoryMarshal.Cast<byte, char>(data.AsSpan(0, data.Length & ~1))) })
            {
                var place = PlaceResolver.Default.Resolve(text);
                Assert.Equal(place.IsResolved, place.Node is not null);
                PlaceResolver.Default.ResolveCreditCode(text);
                PlaceResolver.Default.Resolve(text, text);
            }
        }
    }

    [Fact]
    public void Gexf_corpus_replays_cleanly()
    {
        var files = Files("gexf");
        Assert.True(files.Length >= 3);
        var options = GexfReadOptions.Default with { MaxCharactersInDocument = 1 << 20 };
        foreach (var file in files)
        {
            try
            {
                GexfReader.Read(new MemoryStream(File.ReadAllBytes(file)), "fuzz.gexf", options);
            }
            catch (GexfFormatException)
            {
            }
        }
    }
}
