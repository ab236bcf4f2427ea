using System.Text;

namespace CapitalNetwork.NetworkText;

/// <summary>
/// The lines of a text network file (Pajek, UCINET DL), implementation only: UTF-8 (a byte order mark is skipped; bytes
/// that are not UTF-8 become U+FFFD), any line end (LF, CRLF, CR), and no line longer than a limit held in memory: the
/// rest of a longer line is skipped and the line is marked <see cref="Cut"/>. The whole text is capped too, so a
/// hostile file cannot make the reader allocate without bound.
/// </summary>
internal sealed class LineSource
{
    private readonly TextReader _reader;
    private readonly int _maxLine;
    private readonly long _maxChars;
    private readonly StringBuilder _line = new();
    private long _chars;

    public LineSource(Stream stream, int maxLineLength, long maxCharacters)
    {
        _reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        _maxLine = maxLineLength;
        _maxChars = maxCharacters;
    }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>True when the line last returned was longer than the limit and was cut there.</summary>
    public bool Cut { get; private set; }

    /// <summary>True when reading stopped at the character limit of the whole text.</summary>
    public bool HitCharacterLimit { get; private set; }

    /// <summary>The next line without its line end, or <c>null</c> at the end.</summary>
    public string? Next()
    {
        _line.Clear();
        Cut = false;
        var any = false;
        while (true)
        {
            var c = _reader.Read();
            if (c < 0) break;
            any = true;
            if (++_chars > _maxChars)
            {
                HitCharacterLimit = true;
                return null;
            }
            if (c == '\n') break;
            if (c == '\r')
            {
                if (_reader.Peek() == '\n') _reader.Read();
                break;
            }
            if (_line.Length < _maxLine) _line.Append((char)c);
            else Cut = true;
        }
        if (!any) return null;
        LineNumber++;
        return _line.ToString();
    }
}
