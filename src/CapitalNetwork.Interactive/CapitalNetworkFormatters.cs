using CapitalNetwork.Measures;
using Microsoft.DotNet.Interactive.Formatting;
using CapitalNetwork.Interactive.Html;

namespace CapitalNetwork.Interactive;

/// <summary>
/// Registers the notebook views of CapitalNetwork with the .NET Interactive formatter, so that a cell whose value is a
/// <see cref="FlowNetwork"/>, an <see cref="IngestResult"/>, an <see cref="IngestReport"/>, a <see cref="NodeValues"/>,
/// a <see cref="MeasureTable"/>, a <see cref="RegionComparison"/>, a <see cref="CorePeripheryPartition"/>, an
/// <see cref="SvgPicture"/> or an <see cref="SvgImage"/> (the library's SVG export) shows as HTML
/// (<see cref="HtmlViews"/>), and as its <c>ToString()</c> where plain text is asked for.
/// </summary>
/// <remarks>
/// The package's <c>interactive-extensions/dotnet/extension.dib</c> calls <see cref="Register"/> when a notebook
/// references the package (<c>#r "nuget: CapitalNetwork.Interactive"</c>); call it yourself after
/// <c>Formatter.ResetToDefault()</c> or in a host that does not run extension scripts. Registering again replaces
/// the earlier registration (the latest one wins), so calling it twice is harmless.
/// </remarks>
public static class CapitalNetworkFormatters
{
    /// <summary>How many nodes a bare <see cref="NodeValues"/> shows (its top k). 20.</summary>
    public const int DefaultTop = 20;

    /// <summary>Registers the HTML and plain-text formatters of every CapitalNetwork view.</summary>
    public static void Register()
    {
        Add<FlowNetwork>(n => HtmlViews.Network(n));
        Add<IngestResult>(r => HtmlViews.Ingest(r));
        Add<IngestReport>(r => HtmlViews.Report(r));
        Add<NodeValues>(v => HtmlViews.Measures(v, DefaultTop));
        Add<MeasureTable>(HtmlViews.Measures);
        Add<RegionComparison>(HtmlViews.Regions);
        Add<SvgPicture>(HtmlViews.Svg);
        Add<SvgImage>(HtmlViews.Svg, i => HtmlText.F($"SvgImage {i.Width:0.#} × {i.Height:0.#}"));
        Add<CorePeripheryPartition>(p => HtmlViews.CorePeriphery(p));
    }

    private static void Add<T>(Func<T, string> html, Func<T, string>? text = null) where T : notnull
    {
        Formatter.Register<T>((value, writer) => writer.Write(html(value)), HtmlFormatter.MimeType);
        Formatter.Register<T>((value, writer) => writer.Write(text is null ? value.ToString() : text(value)), PlainTextFormatter.MimeType);
    }
}
