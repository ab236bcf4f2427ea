namespace CapitalNetwork.Reading;

/// <summary>
/// A read-only stream over UTF-8 text that cuts every physical line longer than a limit: the first
/// <c>maxLineBytes</c> bytes of the line are passed on, the rest up to the line break is dropped, and the line's number
/// and full length are remembered (<see cref="TryGetCut(long, out long)"/>). The CSV parser below it then never needs a buffer larger
/// than one line, and one runaway line (an unclosed quote, a binary blob) costs one row instead of stopping the read.
/// Line breaks are counted as the CSV reader counts them: LF, CR LF, and a lone CR. Memory O(buffer); O(bytes) time.
/// </summary>
internal sealed class LineGuardStream(Stream inner, int maxLineBytes) : ForwardReadStream
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly Dictionary<long, long> _cuts = [];
    private int _pos;
    private int _end;
    private long _line = 1;        // physical line of the next byte
    private long _lineLength;      // bytes of the current line so far (excluding the break)
    private bool _afterCr;         // the previous byte was CR (a following LF belongs to the same break)
    private bool _eof;

    /// <summary>Number of lines cut so far.</summary>
    public int CutCount => _cuts.Count;

    /// <summary>True when line <paramref name="line"/> (1-based, counted from the start of this stream) was cut;
    /// <paramref name="length"/> is then its full length in bytes.</summary>
    public bool TryGetCut(long line, out long length) => _cuts.TryGetValue(line, out length);

    /// <summary>True when a line in <c>[first, last]</c> was cut; the first such line and its length.</summary>
    public bool TryGetCut(long first, long last, out long line, out long length)
    {
        if (_cuts.Count > 0)
            for (line = first; line <= last; line++)
                if (_cuts.TryGetValue(line, out length)) return true;
        line = 0;
        length = 0;
        return false;
    }

    public override int Read(Span<byte> output)
    {
        var written = 0;
        while (written < output.Length)
        {
            if (_pos == _end)
            {
                if (_eof || written > 0) break;
                _end = inner.Read(_buffer, 0, _buffer.Length);
                _pos = 0;
                if (_end == 0)
                {
                    _eof = true;
                    break;
                }
            }
            var chunk = _buffer.AsSpan(_pos, _end - _pos);
            var breakAt = chunk.IndexOfAny((byte)'\r', (byte)'\n');
            var text = breakAt < 0 ? chunk : chunk[..breakAt];
            if (text.Length > 0)
            {
                _afterCr = false;
                // Pass on what fits under the limit; drop the rest of an over-long line.
                var room = (int)Math.Max(0, Math.Min(maxLineBytes - _lineLength, text.Length));
                room = Math.Min(room, output.Length - written);
                var keep = text[..room];
                keep.CopyTo(output[written..]);
                written += room;
                var consumed = room;
                if (room < text.Length && _lineLength + room >= maxLineBytes)
                {
                    consumed = text.Length; // dropped
                    _cuts[_line] = 0;
                }
                _lineLength += consumed;
                _pos += consumed;
                if (_cuts.ContainsKey(_line)) _cuts[_line] = _lineLength;
                continue;
            }
            // A line break byte.
            if (written == output.Length) break;
            var b = chunk[0];
            output[written++] = b;
            _pos++;
            if (b == (byte)'\n' && _afterCr)
            {
                _afterCr = false;       // the LF of CR LF: the line was counted at the CR
                continue;
            }
            _afterCr = b == (byte)'\r';
            _line++;
            _lineLength = 0;
        }
        return written;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
