using CapitalNetwork.Csv;
using System.Collections.Immutable;
using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>
/// A CONCOR block model (<see cref="BlockModel.Concor"/>): the blocks, the block density and image matrices and each
/// block's role, with the thresholds used so a reader can apply their own. Immutable.
/// </summary>
public sealed class BlockModelResult
{
    internal BlockModelResult(ConcorOptions options, string variant, ImmutableArray<string> nodeIds, ImmutableArray<BlockModelBlock> blocks,
        ImmutableArray<int> blockOf, double[,] ties, double[,] possible, double networkDensity, double alpha, int iterations, bool converged)
    {
        Options = options;
        Variant = variant;
        NodeIds = nodeIds;
        Blocks = blocks;
        BlockOf = blockOf;
        var b = blocks.Length;
        Ties = [.. Enumerable.Range(0, b).Select(k => Enumerable.Range(0, b).Select(l => ties[k, l]).ToImmutableArray())];
        Possible = [.. Enumerable.Range(0, b).Select(k => Enumerable.Range(0, b).Select(l => possible[k, l]).ToImmutableArray())];
        Density = [.. Enumerable.Range(0, b).Select(k => Enumerable.Range(0, b).Select(l => possible[k, l] > 0 ? ties[k, l] / possible[k, l] : double.NaN).ToImmutableArray())];
        Image = [.. Density.Select(row => row.Select(d => d >= alpha ? 1 : 0).ToImmutableArray())];
        NetworkDensity = networkDensity;
        Alpha = alpha;
        Iterations = iterations;
        Converged = converged;
    }

    /// <summary>The options used.</summary>
    public ConcorOptions Options { get; }

    /// <summary>What was computed, e.g. <c>CONCOR depth 2, binary ties, diagonal missing</c>.</summary>
    public string Variant { get; }

    /// <summary>The node ids, in node order.</summary>
    public ImmutableArray<string> NodeIds { get; }

    /// <summary>The blocks, by smallest member index; the block of constant columns (if any) last.</summary>
    public ImmutableArray<BlockModelBlock> Blocks { get; }

    /// <summary>The block index of each node, in node order.</summary>
    public ImmutableArray<int> BlockOf { get; }

    /// <summary>Ties[k][l]: ties (or weight) sent from block k to block l, loops excluded.</summary>
    public ImmutableArray<ImmutableArray<double>> Ties { get; }

    /// <summary>Possible[k][l]: ordered pairs of distinct nodes from block k to block l (g_k·g_l, or g_k(g_k − 1) on the diagonal).</summary>
    public ImmutableArray<ImmutableArray<double>> Possible { get; }

    /// <summary>Density[k][l] = Ties / Possible; NaN where no pair is possible (the diagonal of a one-member block).</summary>
    public ImmutableArray<ImmutableArray<double>> Density { get; }

    /// <summary>Image[k][l] = 1 when Density[k][l] ≥ <see cref="Alpha"/> (α-density rule), else 0 (also where the density is NaN).</summary>
    public ImmutableArray<ImmutableArray<int>> Image { get; }

    /// <summary>The whole network's density Σ a_ij / (n(n − 1)), loops excluded.</summary>
    public double NetworkDensity { get; }

    /// <summary>The α of the image matrix (the network density unless <see cref="ConcorOptions.Alpha"/> was set).</summary>
    public double Alpha { get; }

    /// <summary>The "receives ~none from outside" threshold used for the roles (<see cref="ConcorOptions.ReceivesNoneShare"/>).</summary>
    public double ReceivesNoneShare => Options.ReceivesNoneShare;

    /// <summary>The largest number of iterations any split took.</summary>
    public int Iterations { get; }

    /// <summary>Whether every split reached the tolerance before the iteration cap.</summary>
    public bool Converged { get; }

    /// <summary>
    /// The block table as CSV (see <see cref="WriteCsv"/>).
    /// </summary>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    /// <returns>The CSV text.</returns>
    public string ToCsv(CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(text, cells);
        return text.ToString();
    }

    /// <summary>
    /// Writes the block table: one line per block, columns
    /// <c>block,path,constant,size,sent_inside,sent_out,received_from_outside,expected_internal_share,internal_share,received_share,receives_none_share,role</c>;
    /// numbers in invariant culture, shortest round-trip form, empty where NaN; the role empty for a block without ties;
    /// LF line ends.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    public void WriteCsv(TextWriter writer, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Table(writer,
            ["block", "path", "constant", "size", "sent_inside", "sent_out", "received_from_outside", "expected_internal_share",
                "internal_share", "received_share", "receives_none_share", "role"],
            Blocks.Select(b => new[]
            {
                I(b.Index), b.Path, b.IsConstant ? "true" : "false", I(b.Size), Num(b.SentInside), Num(b.SentOut), Num(b.ReceivedFromOutside),
                Num(b.ExpectedInternalShare), Num(b.InternalShare), Num(b.ReceivedShare), Num(ReceivesNoneShare), b.Role is { } role ? RoleKey(role) : "",
            }), cells);
    }

    /// <summary>
    /// Writes the members table: one line per node in node order, columns <c>node,id,block,path</c>. Ids come from the
    /// user's data, so by default one that a spreadsheet would run as a formula gets an apostrophe in front.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    public void WriteMembersCsv(TextWriter writer, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Table(writer, ["node", "id", "block", "path"],
            NodeIds.Select((id, v) => new[] { I(v), id, I(BlockOf[v]), Blocks[BlockOf[v]].Path }), cells);
    }

    /// <summary>
    /// Writes the block pairs: one line per ordered pair (k, l), columns <c>from_block,to_block,ties,possible,density,alpha,image</c>.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="cells">Whether to neutralise text cells that a spreadsheet would run as formulas (the default) or write them raw.</param>
    public void WriteDensityCsv(TextWriter writer, CsvCells cells = CsvCells.SpreadsheetSafe)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var b = Blocks.Length;
        CsvRows.Table(writer, ["from_block", "to_block", "ties", "possible", "density", "alpha", "image"],
            Enumerable.Range(0, b * b).Select(x => (k: x / b, l: x % b)).Select(p => new[]
            {
                I(p.k), I(p.l), Num(Ties[p.k][p.l]), Num(Possible[p.k][p.l]), Num(Density[p.k][p.l]), Num(Alpha), I(Image[p.k][p.l]),
            }), cells);
    }

    /// <summary>The snake-case key of a role (<c>net_spillover</c>, <c>net_beneficiary</c>, <c>bidirectional_spillover</c>, <c>broker</c>).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The key.</returns>
    public static string RoleKey(BlockRole role) => role switch
    {
        BlockRole.BidirectionalSpillover => "bidirectional_spillover",
        BlockRole.NetBeneficiary => "net_beneficiary",
        BlockRole.NetSpillover => "net_spillover",
        BlockRole.Broker => "broker",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    private static string I(int x) => x.ToString(CultureInfo.InvariantCulture);

    private static string Num(double x) => double.IsFinite(x) ? x.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <inheritdoc />
    public override string ToString() =>
        $"{Variant}: {Blocks.Length} blocks ({string.Join(", ", Blocks.Select(b => b.Size.ToString(CultureInfo.InvariantCulture)))} members)";
}
