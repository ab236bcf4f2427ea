using CapitalNetwork.Measures;

namespace CapitalNetwork;

/// <summary>
/// Options of <see cref="StudyReport"/>: the language of the page and the options of the measures it shows, which are
/// those of <c>capnet measures</c> and <c>capnet blocks</c> with the same names and defaults, so the report's numbers
/// equal what those commands print for the same options. Immutable; change it with <c>with</c>.
/// </summary>
public sealed record StudyReportOptions
{
    /// <summary>Chinese, funds (fund–city links), α = 1.6, seed 42, 1,000 permutations, top 10, CONCOR depth 2.</summary>
    public static StudyReportOptions Default { get; } = new();

    /// <summary>The language of the page (default Chinese).</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Chinese;

    /// <summary>The title of the page; <c>null</c> for the default title in <see cref="Language"/>.</summary>
    public string? Title { get; init; }

    /// <summary>The edge weight of every weighted figure: node size, flows, concentration, trend, communities, constraint (default <see cref="EdgeWeight.Funds"/>, fund–city links).</summary>
    public EdgeWeight Weight { get; init; } = EdgeWeight.Funds;

    /// <summary>Esteban–Ray sensitivity α in (0, 1.6] (default 1.6, as <c>capnet measures --alpha</c>).</summary>
    public double Alpha { get; init; } = 1.6;

    /// <summary>Seed of the randomised measures: Borgatti–Everett fit and its permutation test, Louvain, the MRQAP permutations (default 42).</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Degree-preserving rewirings of the Borgatti–Everett significance test, and the permutations of each MRQAP term (the same count; default 1,000; 0 leaves both tests out, the QAP coefficients and R² still shown).</summary>
    public int Permutations { get; init; } = 1000;

    /// <summary>Rows of the leading-city tables (default 10).</summary>
    public int Top { get; init; } = 10;

    /// <summary>Strongest flows drawn on the network map (default 150).</summary>
    public int TopEdges { get; init; } = 150;

    /// <summary>Split levels of the CONCOR block model (default 2: at most four blocks plus one of nodes without ties).</summary>
    public int ConcorDepth { get; init; } = 2;

    /// <summary>Whether structural-hole constraint and effective size read self-loops (local capital) as NetworkX does (default <c>true</c>; <c>false</c> is Burt's rule, <c>capnet --self-loops drop</c>).</summary>
    public bool SelfLoops { get; init; } = true;

    /// <summary>Whether the page carries its small optional script (click a table header to sort); the page reads the same without it (default <c>true</c>).</summary>
    public bool Interactive { get; init; } = true;

    /// <summary>
    /// How the report was made, for the appendix (e.g. the command line); <c>null</c> shows only these options. Listed as
    /// given, never run.
    /// </summary>
    public string? Invocation { get; init; }

    /// <summary>The ingest options that made the network, for the appendix; <c>null</c> when unknown.</summary>
    public IngestOptions? Ingest { get; init; }
}
