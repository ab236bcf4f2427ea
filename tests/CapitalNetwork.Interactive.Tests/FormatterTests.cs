using CapitalNetwork.Measures;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace CapitalNetwork.Interactive.Tests;

/// <summary>The formatter registry is process-wide: these tests run one at a time (collection) and reset it.</summary>
[CollectionDefinition(nameof(FormatterCollection), DisableParallelization = true)]
public sealed class FormatterCollection;

[Collection(nameof(FormatterCollection))]
public class FormatterTests
{
    [Fact]
    public void Register_makes_every_view_the_html_of_its_type()
    {
        Formatter.ResetToDefault();
        var net = TestNetworks.Cities();
        Assert.DoesNotContain("capnet-network", net.ToDisplayString(HtmlFormatter.MimeType));
        CapitalNetworkFormatters.Register();
        Assert.Contains("capnet-network", net.ToDisplayString(HtmlFormatter.MimeType));
        Assert.Contains("capnet-measures", Centrality.InStrength(net).ToDisplayString(HtmlFormatter.MimeType));
        Assert.Contains("capnet-measures", MeasureTable.Of(Centrality.InDegree(net)).ToDisplayString(HtmlFormatter.MimeType));
        Assert.Contains("capnet-regions", RegionComparison.Of(net).ToDisplayString(HtmlFormatter.MimeType));
        var svg = new SvgPicture("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Assert.Equal(HtmlViews.Svg(svg), svg.ToDisplayString(HtmlFormatter.MimeType));
        var image = CapitalNetwork.SvgCharts.TopBars(Centrality.InStrength(net), 3);
        Assert.Equal(HtmlViews.Svg(image), image.ToDisplayString(HtmlFormatter.MimeType));
        Assert.StartsWith("SvgImage ", image.ToDisplayString(PlainTextFormatter.MimeType));
        var ingest = CityNetwork.FromFilings(Repo.SampleFilings);
        var partition = CapitalNetwork.Measures.CorePeriphery.BorgattiEverett(ingest.Network);
        Assert.Contains("capnet-core", partition.ToDisplayString(HtmlFormatter.MimeType));
        Assert.Contains("capnet-ingest", ingest.ToDisplayString(HtmlFormatter.MimeType));
        Assert.Contains("capnet-report", ingest.Report.ToDisplayString(HtmlFormatter.MimeType));
        Assert.Equal(net.ToString(), net.ToDisplayString(PlainTextFormatter.MimeType));
        Assert.Equal(ingest.Report.ToString(), ingest.Report.ToDisplayString(PlainTextFormatter.MimeType));
        CapitalNetworkFormatters.Register();   // twice is harmless: the latest registration wins
        Assert.Contains("capnet-network", net.ToDisplayString(HtmlFormatter.MimeType));
        Formatter.ResetToDefault();
    }

    [Fact]
    public async Task Extension_dib_registers_the_views_in_a_csharp_kernel()
    {
        // What a notebook does after #r "nuget: CapitalNetwork.Interactive": the kernel references lib/ and runs
        // interactive-extensions/dotnet/extension.dib (the file packed from src/CapitalNetwork.Interactive).
        var csharp = new CSharpKernel();
        csharp.AddAssemblyReferences([typeof(FlowNetwork).Assembly.Location, typeof(HtmlViews).Assembly.Location]);
        using var kernel = new CompositeKernel { csharp };
        kernel.DefaultKernelName = csharp.Name;
        Formatter.ResetToDefault();
        try
        {
            var code = $"CapitalNetwork.CityNetwork.FromFilings(@\"{Repo.SampleFilings}\").Network";
            var before = await kernel.SendAsync(new SubmitCode(code));
            Assert.DoesNotContain(before.Events, e => e is CommandFailed);
            Assert.DoesNotContain("capnet-network", Html(before));

            await kernel.LoadAndRunInteractiveDocument(new FileInfo(Repo.PathOf("src", "CapitalNetwork.Interactive", "extension.dib")));
            var after = await kernel.SendAsync(new SubmitCode(code));
            Assert.DoesNotContain(after.Events, e => e is CommandFailed);
            Assert.Contains("class=\"capnet capnet-network\"", Html(after));
        }
        finally
        {
            Formatter.ResetToDefault();
        }
    }

    private static string Html(KernelCommandResult result) =>
        string.Concat(result.Events.OfType<ReturnValueProduced>().SelectMany(e => e.FormattedValues)
            .Where(f => f.MimeType == HtmlFormatter.MimeType).Select(f => f.Value));
}
