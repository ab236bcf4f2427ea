using System.Text;
using CapitalNetwork.Files;
using CapitalNetwork.Tests.Export.Gexf;

namespace CapitalNetwork.Tests.Files;

/// <summary>
/// Files written by path are replaced whole or not at all (<see cref="AtomicFile"/>). Failures are injected: a writer that
/// throws an <see cref="IOException"/> midway, and a stream between the real GEXF writer and its temporary file that
/// fails like a full disk (ENOSPC) after 4 KiB. That every public path writer goes through the temporary file and the
/// rename is shown by a handle opened on the old file before the write: after a rename it still reads the old bytes (the
/// old file lives on, unlinked), whereas a write in place would have truncated it. Expected bytes are the ones written here.
/// </summary>
public sealed class AtomicFileTests : IDisposable
{
    private static readonly byte[] Old = Encoding.UTF8.GetBytes("the previous file, which must survive\n");
    private readonly string _dir = Directory.CreateTempSubdirectory("capnet-atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Existing(string name)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, Old);
        return path;
    }

    private string[] Leftovers() => Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories);

    /// <summary>A stream that fails like a full disk once more than <paramref name="room"/> bytes were written to it.</summary>
    private sealed class FullDiskStream(Stream inner, long room) : Stream
    {
        private long _written;

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_written + buffer.Length > room) throw new IOException("No space left on device", 28);
            inner.Write(buffer);
            _written += buffer.Length;
        }

        public override void Flush() => inner.Flush();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _written;
        public override long Position { get => _written; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    [Fact]
    public void A_writer_that_throws_midway_leaves_the_old_file_and_no_temporary_file()
    {
        var path = Existing("out.csv");
        var e = Assert.Throws<IOException>(() => AtomicFile.Write(path, s =>
        {
            s.Write(new byte[10_000]);
            throw new IOException("injected failure");
        }));
        Assert.Equal("injected failure", e.Message);
        Assert.Equal(Old, File.ReadAllBytes(path));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void The_GEXF_writer_on_a_full_disk_leaves_the_old_file_and_no_temporary_file()
    {
        // The city network's GEXF is far larger than 4 KiB, so the disk "fills" in the middle of the nodes.
        var path = Existing("network.gexf");
        Assert.True(GexfWriter.WriteToString(GexfTestData.CityNetwork()).Length > 40_000);
        var e = Assert.Throws<IOException>(() => AtomicFile.WriteAll([(path, s => GexfWriter.Write(GexfTestData.CityNetwork(), s))],
            wrap: s => new FullDiskStream(s, 4096)));
        Assert.Equal(28, e.HResult);
        Assert.Equal(Old, File.ReadAllBytes(path));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Two_files_are_replaced_only_when_both_are_complete()
    {
        var a = Existing("nodes.csv");
        var b = Existing("edges.csv");
        Assert.Throws<IOException>(() => AtomicFile.WriteAll([(a, s => s.Write("new nodes"u8)), (b, _ => throw new IOException("disk full"))]));
        Assert.Equal(Old, File.ReadAllBytes(a));
        Assert.Equal(Old, File.ReadAllBytes(b));
        Assert.Empty(Leftovers());
        AtomicFile.WriteAll([(a, s => s.Write("new nodes"u8)), (b, s => s.Write("new edges"u8))]);
        Assert.Equal("new nodes", File.ReadAllText(a));
        Assert.Equal("new edges", File.ReadAllText(b));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_failed_rename_removes_the_temporary_file()
    {
        // A directory stands where the file should go: the temporary file is complete, the rename fails.
        var path = Path.Combine(_dir, "taken");
        Directory.CreateDirectory(path);
        Assert.ThrowsAny<Exception>(() => AtomicFile.Write(path, "text"u8.ToArray()));
        Assert.True(Directory.Exists(path));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Bad_options_leave_the_old_file()
    {
        var path = Existing("network.gexf");
        Assert.Throws<ArgumentException>(() => GexfWriter.Write(GexfTestData.CityNetwork(), path, new GexfOptions { MaxNodeSize = -1 }));
        Assert.Equal(Old, File.ReadAllBytes(path));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_new_file_is_made_and_the_temporary_name_sits_beside_the_target()
    {
        var path = Path.Combine(_dir, "new.svg");
        AtomicFile.Write(path, "<svg/>"u8.ToArray());
        Assert.Equal("<svg/>", File.ReadAllText(path));
        var temp = AtomicFile.TempPath(path);
        Assert.Equal(_dir, Path.GetDirectoryName(temp));
        Assert.Matches(@"^new\.svg\.[0-9a-f]{8}\.tmp$", Path.GetFileName(temp));
    }

    [Fact]
    public void A_symbolic_link_is_followed_and_kept()
    {
        if (OperatingSystem.IsWindows()) return; // creating links needs a privilege there
        var real = Existing("real.gexf");
        var link = Path.Combine(_dir, "link.gexf");
        File.CreateSymbolicLink(link, real);
        GexfWriter.Write(GexfTestData.GenericNetwork(), link);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("<?xml", File.ReadAllText(real));
        Assert.Empty(Leftovers());
    }

    public static TheoryData<string> PathWriters() => ["gexf", "gexf-dynamic", "json", "svg", "diagnostics", "synthetic", "gephi", "gephi-dynamic"];

    [Theory]
    [MemberData(nameof(PathWriters))]
    public void Every_path_writer_replaces_the_old_file_by_renaming_a_complete_one(string writer)
    {
        var gephi = writer.StartsWith("gephi", StringComparison.Ordinal);
        string[] paths = gephi
            ? [Existing(GephiCsvWriter.NodesFileName), Existing(GephiCsvWriter.EdgesFileName)]
            : [Existing("out." + writer)];
        var handles = paths.Select(p => new FileStream(p, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete)).ToList();
        try
        {
            var path = paths[0];
            switch (writer)
            {
                case "gexf": GexfWriter.Write(GexfTestData.CityNetwork(), path); break;
                case "gexf-dynamic": GexfWriter.WriteDynamic(GexfTestData.HandSeries(), path); break;
                case "json": NetworkJsonWriter.Write(GexfTestData.GenericNetwork(), path); break;
                case "svg": NetworkSvg.Draw(GexfTestData.CityNetwork()).Save(path); break;
                case "diagnostics":
                    CityNetwork.FromFilings(Path.Combine(AppContext.BaseDirectory, "TestData", "hostile", "formula-cells.csv")).Report.WriteDiagnosticsCsv(path);
                    break;
                case "synthetic": SyntheticFilings.Write(path, SyntheticFilingsOptions.Default with { Rows = 100 }); break;
                case "gephi": GephiCsvWriter.Write(GexfTestData.CityNetwork(), _dir); break;
                case "gephi-dynamic": GephiCsvWriter.WriteDynamic(GexfTestData.HandSeries(), _dir); break;
            }
            foreach (var (p, handle) in paths.Zip(handles))
            {
                var now = File.ReadAllBytes(p);
                Assert.True(now.Length > 0 && !now.AsSpan().SequenceEqual(Old), $"{writer}: {p} was not replaced");
                if (OperatingSystem.IsWindows()) continue;
                var before = new byte[Old.Length + 1];
                Assert.Equal(Old.Length, handle.ReadAtLeast(before, before.Length, throwOnEndOfStream: false));
                Assert.Equal(Old, before[..Old.Length]); // the old file was not written in place
            }
            Assert.Empty(Leftovers());
        }
        finally
        {
            handles.ForEach(h => h.Dispose());
        }
    }
}
