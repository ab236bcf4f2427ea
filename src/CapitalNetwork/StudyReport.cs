using System.Text;
using CapitalNetwork.Files;
using CapitalNetwork.Report;

namespace CapitalNetwork;

/// <summary>
/// The whole study on one page: a single self-contained HTML file (inline SVG and CSS, no external reference, readable
/// without scripts, an A4 print stylesheet) in Chinese or English, with the sections in the order of the study, each with
/// a short plain-language reading and the method named:
/// the ingest report (rows used and rejected by reason, with examples); the network map (<see cref="NetworkSvg"/>) and the
/// leading cities (<see cref="Measures.MeasureTable"/>); the four regions (<see cref="Measures.RegionComparison"/>), the
/// region-to-region flow matrix (<see cref="Measures.Flows.Matrix(FlowNetwork, RollUpLevel)"/>) and distance decay
/// (<see cref="Measures.Flows.Distance"/>); concentration and inequality (Lorenz, Gini, Theil between/within, HHI, CR4),
/// polarization (Esteban–Ray, Wolfson) and their trend by filing year (<see cref="Measures.Flows.Trend(NetworkSeries, Measures.TrendOptions?)"/>);
/// core and periphery (k-core, Borgatti–Everett fit and its permutation test) and Louvain communities; structure
/// (<see cref="Measures.Structure"/>, <see cref="Measures.StructuralHoles"/>, the CONCOR <see cref="Measures.BlockModel"/>
/// and its roles); explaining the flows: the MRQAP regression (<see cref="Measures.Qap.Regression"/>, double
/// semi-partialling, with <see cref="StudyReportOptions.Seed"/> and <see cref="StudyReportOptions.Permutations"/>; p-values
/// marked not computed when that is 0) and the PPML gravity model with origin and destination fixed effects
/// (<see cref="Measures.Gravity"/>) of the weight's matrix on ln distance, same province and same region; an appendix
/// with every figure and regression as a table and the exact options used.
/// </summary>
/// <remarks>
/// <para>Every number is what the library's facades return for the options (<see cref="StudyReportOptions"/>), the same
/// calls as <c>capnet measures</c>, <c>capnet concentration</c>, <c>capnet blocks</c>, <c>capnet qap</c> and <c>capnet gravity</c>: the concentration figures are
/// of every city's in-strength under <see cref="StudyReportOptions.Weight"/> (zeros included), the grouped ones over the
/// four mainland regions (Hong Kong, Macao and Taiwan left out of them and said so). Each number also sits in a
/// <c>data-value</c> attribute in round-trip form, for programs that read the page. The page is well-formed XML
/// (XHTML syntax served as HTML) and holds no <c>src</c> or <c>href</c> outside the page except citation links.</para>
/// <para>Cost: that of the measures it shows; on the repository's sample (4,012 rows) a few seconds, most of it the
/// Borgatti–Everett permutation test (<see cref="StudyReportOptions.Permutations"/>).</para>
/// </remarks>
public static class StudyReport
{
    /// <summary>The report as HTML text.</summary>
    /// <param name="result">What <see cref="CityNetwork.FromFilings(string, IngestOptions?, CancellationToken)"/> returned (a city network).</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="StudyReportOptions.Default"/>.</param>
    /// <returns>The whole page, starting with <c>&lt;!DOCTYPE html&gt;</c>.</returns>
    /// <exception cref="ArgumentException">The network is not a city network, or an option is out of range.</exception>
    public static string ToHtml(IngestResult result, StudyReportOptions? options = null)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteHtml(result, text, options);
        return text.ToString();
    }

    /// <summary>Writes the report to a writer.</summary>
    /// <param name="result">The ingest result (a city network).</param>
    /// <param name="writer">Where to write (UTF-8 is what the page declares).</param>
    /// <param name="options">Options, or <c>null</c> for defaults.</param>
    /// <exception cref="ArgumentException">The network is not a city network, or an option is out of range.</exception>
    public static void WriteHtml(IngestResult result, TextWriter writer, StudyReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= StudyReportOptions.Default;
        Check(result, options);
        var page = new ReportPage(StudyFigures.Compute(result, options));
        page.Write(writer);
    }

    /// <summary>Writes the report as a UTF-8 HTML file, replaced whole (a failed write leaves the old file as it was).</summary>
    /// <param name="result">The ingest result (a city network).</param>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options, or <c>null</c> for defaults.</param>
    /// <exception cref="ArgumentException">The network is not a city network, an option is out of range, or the path is empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteHtml(IngestResult result, string path, StudyReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= StudyReportOptions.Default;
        Check(result, options);
        var figures = StudyFigures.Compute(result, options);
        AtomicFile.Write(path, AtomicFile.Text(w => new ReportPage(figures).Write(w)));
    }

    private static void Check(IngestResult result, StudyReportOptions options)
    {
        if (!result.Network.IsCityNetwork)
            throw new ArgumentException("A study report needs a city network (read from filings); this network's nodes are not cities.", nameof(result));
        if (!(options.Alpha > 0 && options.Alpha <= Measures.Polarization.MaxEstebanRayAlpha))
            throw new ArgumentException($"The Esteban–Ray α must be in (0, 1.6], not {options.Alpha}.", nameof(options));
        if (options.Permutations < 0) throw new ArgumentException($"Permutations must be ≥ 0, not {options.Permutations}.", nameof(options));
        if (options.Top is < 1 or > 1000) throw new ArgumentException($"Top must be 1 to 1000, not {options.Top}.", nameof(options));
        if (options.TopEdges < 0) throw new ArgumentException($"TopEdges must be ≥ 0, not {options.TopEdges}.", nameof(options));
        if (options.ConcorDepth is < 1 or > 10) throw new ArgumentException($"ConcorDepth must be 1 to 10, not {options.ConcorDepth}.", nameof(options));
    }
}
