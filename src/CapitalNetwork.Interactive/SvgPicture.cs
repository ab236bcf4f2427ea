namespace CapitalNetwork.Interactive;

/// <summary>
/// An SVG picture to show inline in a notebook (its <c>&lt;svg&gt;</c> element is written into the HTML output as is,
/// so it scales, stays sharp and its text can be selected). Wraps markup from the library's SVG export, a file, or any
/// other source. Immutable.
/// </summary>
public sealed record SvgPicture
{
    /// <summary>Wraps SVG markup.</summary>
    /// <param name="markup">An SVG document or fragment; an XML declaration, a DOCTYPE and comments before the
    /// <c>&lt;svg</c> element are dropped when it is shown inline.</param>
    /// <exception cref="ArgumentException">The text holds no <c>&lt;svg</c> element.</exception>
    public SvgPicture(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var start = markup.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0 || markup.IndexOf("</svg>", start, StringComparison.Ordinal) < 0 && !markup.TrimEnd().EndsWith("/>", StringComparison.Ordinal))
            throw new ArgumentException("The text holds no <svg> element.", nameof(markup));
        Markup = markup;
    }

    /// <summary>Reads an SVG file (UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The picture.</returns>
    /// <exception cref="ArgumentException">The file holds no <c>&lt;svg</c> element.</exception>
    public static SvgPicture FromFile(string path) => new(File.ReadAllText(path));

    /// <summary>The markup as given.</summary>
    public string Markup { get; }

    /// <summary>The markup from the <c>&lt;svg</c> element on (what goes into HTML).</summary>
    public string Element => Markup[Markup.IndexOf("<svg", StringComparison.Ordinal)..].TrimEnd();

    /// <inheritdoc />
    public override string ToString() => $"SvgPicture ({Markup.Length:N0} characters)";
}
