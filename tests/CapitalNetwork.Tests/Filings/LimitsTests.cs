using System.Text;
using CapitalNetwork.Reading;

namespace CapitalNetwork.Tests.Filings;

/// <summary>
/// The limits that protect the user: the longest field, the longest line, the number of diagnostics kept in memory,
/// and cancellation of a long run between rows. Expected values are worked out by hand from the inputs written here.
/// </summary>
public class LimitsTests
{
    private const string Header = "fund_id,fund_name,fund_place,partner_place\n";

    private static IngestResult Ingest(string text, FilingsReadOptions read, CancellationToken ct = default) =>
        CityNetwork.FromFilings(new MemoryStream(Encoding.UTF8.GetBytes(text)), "limits.csv", IngestOptions.Default with { Read = read }, ct);

    [Fact]
    public void A_field_of_exactly_the_limit_is_read_and_one_character_more_is_not()
    {
        var options = FilingsReadOptions.Default with { MaxFieldLength = 50 };
        var text = Header + $"F1,{new string('a', 50)},深圳市,北京市\nF2,{new string('b', 51)},深圳市,北京市\n";
        var report = Ingest(text, options).Report;
        Assert.Equal(2, report.RowsRead);
        Assert.Equal(1, report.RowsUsed);
        var d = Assert.Single(report.Diagnostics, x => x.Code != DiagnosticCode.MissingColumn); // besides the header warnings (no capital, no date)
        Assert.Equal((3L, DiagnosticCode.MalformedRow, "fund_name"), (d.Line, d.Code, d.Column));
        Assert.Contains("51 characters exceeds the limit of 50", d.Message);
    }

    [Fact]
    public void A_line_longer_than_four_times_the_field_limit_is_cut_and_reading_goes_on()
    {
        // MaxFieldLength 1,200 → line limit max(4,096, 4,800) = 4,800 bytes; line 3 has 3 + 6,000 + 20 bytes.
        var options = FilingsReadOptions.Default with { MaxFieldLength = 1_200 };
        var text = Header + "F1,a,深圳市,北京市\n" + "F2," + new string('x', 6_000) + ",深圳市,北京市\n" + "F3,c,深圳市,北京市\n";
        var report = Ingest(text, options).Report;
        Assert.Equal(3, report.RowsRead);
        Assert.Equal(2, report.RowsUsed);
        var d = Assert.Single(report.Diagnostics, x => x.Code != DiagnosticCode.MissingColumn); // besides the header warnings (no capital, no date)
        Assert.Equal((3L, DiagnosticCode.MalformedRow), (d.Line, d.Code));
        Assert.Contains("line 3 is 6,023 bytes long, more than the limit of 4,800 bytes", d.Message);
        Assert.True(report.Reconciles);
    }

    [Fact]
    public void Diagnostics_beyond_the_limit_are_counted_not_kept()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 1_000; i++) text.Append($"B{i},x,火星市,北京市\n");
        text.Append("G,x,深圳市,北京市\n");
        var report = Ingest(text.ToString(), FilingsReadOptions.Default with { MaxDiagnostics = 10 }).Report;
        Assert.Equal(10, report.Diagnostics.Count);
        // 1,000 rejected rows and the 2 header warnings (no capital, no date column; kept first): 1,002 − 10 kept.
        Assert.Equal(992, report.DiagnosticsDropped);
        Assert.Equal(1_000, report.CountsByCode[DiagnosticCode.UnknownPlace]);
        Assert.Equal(1_000, report.RowsRejected);
        Assert.Equal(1, report.RowsUsed);
        Assert.Equal([1L, 1L, .. Enumerable.Range(2, 8).Select(l => (long)l)], report.Diagnostics.Select(d => d.Line));

        var none = Ingest(text.ToString(), FilingsReadOptions.Default with { MaxDiagnostics = 0 }).Report;
        Assert.Empty(none.Diagnostics);
        Assert.Equal(1_002, none.DiagnosticsDropped);
    }

    [Fact]
    public void Invalid_limits_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ingest(Header, FilingsReadOptions.Default with { MaxFieldLength = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ingest(Header, FilingsReadOptions.Default with { MaxDiagnostics = -1 }));
    }

    [Fact]
    public void A_cancelled_token_stops_the_ingest_before_the_first_row()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Ingest(Header + "F1,a,深圳市,北京市\n", FilingsReadOptions.Default, cts.Token));
    }

    [Fact]
    public void Cancellation_during_a_long_run_is_honoured_between_rows()
    {
        // 200,000 rows (≈ 5 MB); the token is cancelled once 1 MB has been read, i.e. long before the end.
        var text = new StringBuilder(Header);
        for (var i = 0; i < 200_000; i++) text.Append("F").Append(i).Append(",a,深圳市,北京市\n");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var cts = new CancellationTokenSource();
        var stream = new CancellingStream(bytes, 1 << 20, cts);
        long rowsSeen = 0;
        var options = IngestOptions.Default with { Progress = new Sync(n => rowsSeen = n) };
        Assert.ThrowsAny<OperationCanceledException>(() => CityNetwork.FromFilings(stream, "long.csv", options, cts.Token));
        Assert.True(cts.IsCancellationRequested);
        Assert.True(stream.BytesRead < bytes.Length, "the whole input was read before the cancellation was seen");
        Assert.True(rowsSeen < 200_000);
    }

    [Fact]
    public void The_line_guard_counts_lines_as_the_csv_reader_does_across_any_chunking()
    {
        // Lines: 1 "ab" (LF), 2 "0123456789" cut at 4 (CR LF), 3 "" (lone CR), 4 "xyz…" cut (LF), 5 "end".
        var input = Encoding.ASCII.GetBytes("ab\n0123456789\r\n\rxyzxyzxyz\nend");
        foreach (var chunk in new[] { 1, 2, 3, 7, 64 })
        {
            using var guard = new LineGuardStream(new Trickle(input, chunk), 4);
            var output = new MemoryStream();
            var buffer = new byte[5];
            int n;
            while ((n = guard.Read(buffer, 0, buffer.Length)) > 0) output.Write(buffer, 0, n);
            Assert.Equal("ab\n0123\r\n\rxyzx\nend", Encoding.ASCII.GetString(output.ToArray()));
            Assert.True(guard.TryGetCut(2, out var len2));
            Assert.Equal(10, len2);
            Assert.True(guard.TryGetCut(4, out var len4));
            Assert.Equal(9, len4);
            Assert.False(guard.TryGetCut(1, out _));
            Assert.False(guard.TryGetCut(3, out _));
            Assert.False(guard.TryGetCut(5, out _));
            Assert.Equal(2, guard.CutCount);
        }
    }

    private sealed class Sync(Action<long> action) : IProgress<long>
    {
        public void Report(long value) => action(value);
    }

    /// <summary>A stream that cancels a token once a number of bytes has been read from it.</summary>
    private sealed class CancellingStream(byte[] data, int cancelAfter, CancellationTokenSource cts) : MemoryStream(data)
    {
        public long BytesRead { get; private set; }
        public override bool CanSeek => false;
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        // Only the array overload is overridden: MemoryStream's span overload, in a derived type, goes through Stream's,
        // which calls this one (overriding both so that each calls the other recursed without end).
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            BytesRead += n;
            if (BytesRead >= cancelAfter) cts.Cancel();
            return n;
        }
    }

    /// <summary>A stream that returns at most <c>chunk</c> bytes a read.</summary>
    private sealed class Trickle(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }
}
