namespace CapitalNetwork.Reading;

/// <summary>A read-only stream that replays already-read bytes before the rest of an inner stream (for non-seekable inputs).</summary>
internal sealed class PrefixStream(byte[] prefix, int offset, int count, Stream inner) : ForwardReadStream
{
    private int _offset = offset;
    private int _remaining = count;

    public override int Read(Span<byte> buffer)
    {
        if (_remaining > 0)
        {
            var n = Math.Min(_remaining, buffer.Length);
            prefix.AsSpan(_offset, n).CopyTo(buffer);
            _offset += n;
            _remaining -= n;
            return n;
        }
        return inner.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
