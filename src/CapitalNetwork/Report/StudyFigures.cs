using CapitalNetwork.Measures;

namespace CapitalNetwork.Report;

/// <summary>
/// Every result the report shows, computed once by the library's facades with the calls <c>capnet measures</c>,
/// <c>capnet concentration</c>, <c>capnet blocks</c>, <c>capnet qap</c> and <c>capnet gravity</c> make for the same
/// options (see MeasureCatalog, QapCommand and GravityCommand in the CLI): the sections only format them.
/// </summary>
internal sealed class StudyFigures
{
    private StudyFigures(IngestResult result, StudyReportOptions options)
    {
        Result = result;
        Options = options;
        Network = result.Network;
        Text = new ReportText(options.Language);
    }

    public IngestResult Result { get; }

    public StudyReportOptions Options { get; }

    public FlowNetwork Network { get; }

    public ReportText Text { get; }

    public EdgeWeight Weight => Options.Weight;

    public NodeValues Attracted { get; private set; } = null!;

    public NodeValues Supplied { get; private set; } = null!;

    public NodeValues Local { get; private set; } = null!;

    public NodeValues Registered { get; private set; } = null!;

    /// <summary>The network figures by the key of <c>capnet measures</c>, in the order shown.</summary>
    public IReadOnlyList<(string Key, MeasureValue Value)> Figures { get; private set; } = [];

    public TheilResult Theil { get; private set; } = null!;

    public EstebanRayResult EstebanRay { get; private set; } = null!;

    public WolfsonResult Wolfson { get; private set; } = null!;

    public LorenzCurve Lorenz { get; private set; } = null!;

    public RegionComparison Regions { get; private set; } = null!;

    public FlowDistance? Distance { get; private set; }

    public string? DistanceProblem { get; private set; }

    public TrendTable? Trend { get; private set; }

    public NodeValues Coreness { get; private set; } = null!;

    public CorePeripheryPartition CorePeriphery { get; private set; } = null!;

    public CorePeripherySignificance? Significance { get; private set; }

    public CommunityPartition Communities { get; private set; } = null!;

    /// <summary>The structure figures by the key of <c>capnet measures</c>.</summary>
    public IReadOnlyList<(string Key, MeasureValue Value)> Structure { get; private set; } = [];

    public NodeValues Constraint { get; private set; } = null!;

    public NodeValues EffectiveSize { get; private set; } = null!;

    public BlockModelResult Blocks { get; private set; } = null!;

    /// <summary>The names of the dyad predictors of both regressions, in order (as <c>capnet qap --x</c>).</summary>
    public static IReadOnlyList<string> FlowPredictors { get; } = ["log_distance", "same_province", "same_region"];

    /// <summary>The MRQAP regression of the weight's matrix on <see cref="FlowPredictors"/> (<c>capnet qap</c>), or null with <see cref="QapProblem"/>.</summary>
    public QapRegressionResult? Qap { get; private set; }

    /// <summary>Whether the QAP p-values were computed (<see cref="StudyReportOptions.Permutations"/> &gt; 0); when not, the
    /// regression ran with one permutation only for its coefficients and R², which do not depend on the permutations.</summary>
    public bool QapTested => Options.Permutations > 0;

    public string? QapProblem { get; private set; }

    /// <summary>The PPML gravity model with origin and destination fixed effects on <see cref="FlowPredictors"/> (<c>capnet gravity</c>), or null with <see cref="GravityProblem"/>.</summary>
    public GravityResult? Gravity { get; private set; }

    public string? GravityProblem { get; private set; }

    public static StudyFigures Compute(IngestResult result, StudyReportOptions options)
    {
        var f = new StudyFigures(result, options);
        var n = result.Network;
        var w = options.Weight;
        f.Attracted = Centrality.InStrength(n, w);
        f.Supplied = Centrality.OutStrength(n, w);
        f.Local = Centrality.LocalStrength(n, w);
        f.Registered = Centrality.RegisteredFunds(n);
        var values = f.Attracted;
        f.Theil = Concentration.TheilT(values, RollUpLevel.Region);
        f.EstebanRay = Polarization.EstebanRay(values, options.Alpha, RollUpLevel.Region);
        f.Wolfson = Polarization.Wolfson(values);
        f.Lorenz = Concentration.Lorenz(values);
        f.Figures =
        [
            ("node_count", MeasureValue.Of("node_count", "nodes", n.NodeCount)),
            ("edge_count", MeasureValue.Of("edge_count", "edges (self-loops included)", n.EdgeCount)),
            ("total_weight", MeasureValue.Of("total_weight", "Σ weight", n.TotalWeight(w))),
            ("local_share", Flows.LocalShare(n, w)),
            ("hhi", Concentration.Herfindahl(values)),
            ("hhi_normalized", Concentration.HerfindahlNormalized(values)),
            ("cr4", Concentration.ConcentrationRatio(values, 4)),
            ("gini", Concentration.Gini(values)),
            ("theil_t", Concentration.TheilT(values).ToMeasureValue()),
            ("theil_l", Concentration.TheilL(values).ToMeasureValue()),
            ("cv", Concentration.CoefficientOfVariation(values)),
            ("theil_t_between", Part(f.Theil, "theil_t_between", t => t.Between)),
            ("theil_t_within", Part(f.Theil, "theil_t_within", t => t.Within)),
            ("theil_t_grouped", Part(f.Theil, "theil_t_grouped", t => t.Total)),
            ("esteban_ray", f.EstebanRay.ToMeasureValue()),
            ("wolfson", f.Wolfson.ToMeasureValue()),
        ];
        f.Regions = RegionComparison.Of(n, w);
        try
        {
            f.Distance = Flows.Distance(n, w);
        }
        catch (InvalidOperationException e)
        {
            f.DistanceProblem = e.Message;
        }
        if (result.Years.Years.Count > 0)
            f.Trend = Flows.Trend(result.Years, TrendOptions.Default with { Weight = w, Alpha = options.Alpha });
        f.Coreness = Measures.CorePeriphery.CoreNumber(n);
        f.CorePeriphery = Measures.CorePeriphery.BorgattiEverett(n, BorgattiEverettOptions.Default with { Seed = options.Seed });
        if (options.Permutations > 0)
            f.Significance = Measures.CorePeriphery.BorgattiEverettTest(f.CorePeriphery,
                PermutationTestOptions.Default with { Permutations = options.Permutations, Seed = options.Seed });
        f.Communities = Measures.Communities.Louvain(n, LouvainOptions.Default with { Weight = w, Seed = options.Seed });
        var regions = Grouping.ByRegion(n);
        f.Structure =
        [
            ("density", Measures.Structure.Density(n, w)),
            ("reciprocity", Measures.Structure.Reciprocity(n, ReciprocityMeasure.Edgewise, w)),
            ("reciprocity_dyadic", Measures.Structure.Reciprocity(n, ReciprocityMeasure.Dyadic, w)),
            ("transitivity", Measures.Structure.Transitivity(n, w)),
            ("connectedness", Measures.Structure.Connectedness(n, w)),
            ("hierarchy", Measures.Structure.Hierarchy(n, w)),
            ("efficiency", Measures.Structure.Efficiency(n, w)),
            ("lub", Measures.Structure.Lub(n, w)),
            ("degree_centralization", Measures.Structure.DegreeCentralization(n, w)),
            ("indegree_centralization", Measures.Structure.InDegreeCentralization(n, w)),
            ("outdegree_centralization", Measures.Structure.OutDegreeCentralization(n, w)),
            ("betweenness_centralization", Measures.Structure.BetweennessCentralization(n, w)),
            ("ei_index", Measures.Structure.EiIndex(n, regions, w)),
        ];
        f.Constraint = StructuralHoles.Constraint(n, w, options.SelfLoops);
        f.EffectiveSize = StructuralHoles.EffectiveSize(n, w, options.SelfLoops);
        f.Blocks = BlockModel.Concor(n, new ConcorOptions { Depth = options.ConcorDepth });
        ExplainFlows(f, n, options);
        return f;
    }

    /// <summary>
    /// The two regressions of the flows, as <c>capnet qap --y WEIGHT --x log_distance,same_province,same_region
    /// --permutations P --seed S</c> (double semi-partialling, diagonal left out) and <c>capnet gravity --weight WEIGHT --x
    /// same_province,same_region</c> (ln distance built in; origin and destination fixed effects). A network too small or
    /// without coordinates for them gives a problem text instead.
    /// </summary>
    private static void ExplainFlows(StudyFigures f, FlowNetwork n, StudyReportOptions options)
    {
        List<DyadMatrix> x;
        try
        {
            x = [DyadMatrix.Distance(n, logarithm: true), DyadMatrix.SameProvince(n), DyadMatrix.SameRegion(n)];
        }
        catch (InvalidOperationException e)
        {
            f.QapProblem = f.GravityProblem = e.Message;
            return;
        }
        var y = DyadMatrix.FromNetwork(n, options.Weight);
        try
        {
            f.Qap = Measures.Qap.Regression(y, x, QapOptions.Default with { Permutations = Math.Max(1, options.Permutations), Seed = options.Seed });
        }
        catch (ArgumentException e)
        {
            f.QapProblem = e.Message;
        }
        try
        {
            f.Gravity = Measures.Gravity.Ppml(y, x, GravityOptions.Default);
        }
        catch (ArgumentException e)
        {
            f.GravityProblem = e.Message;
        }
    }

    private static MeasureValue Part(TheilResult theil, string key, Func<TheilResult, double> part) =>
        theil.IsDefined ? MeasureValue.Of(key, theil.Variant, part(theil)) : MeasureValue.Undefined(key, theil.Variant, theil.UndefinedReason!);

    /// <summary>A figure of <see cref="Figures"/> or <see cref="Structure"/> by key.</summary>
    public MeasureValue Figure(string key) =>
        Figures.Concat(Structure).First(x => x.Key == key).Value;
}
