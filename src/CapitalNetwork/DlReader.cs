using CapitalNetwork.NetworkText;
using CapitalNetwork.Ucinet;

namespace CapitalNetwork;

/// <summary>
/// Reads a UCINET DL file (one-mode data, one matrix) into a <see cref="FlowNetwork"/>, as UCINET's DL documentation
/// describes it, as UCINET, R's <c>sna::write.dl</c>
/// and <see cref="DlWriter"/> write it and Gephi and igraph's <c>Read_DL</c> read it.
/// </summary>
/// <remarks>
/// <para>Header (keywords in any case, separated by spaces, commas or line ends, <c>key = value</c> with or without
/// spaces): <c>DL</c> first, then <c>N=n</c> (or <c>NR=n NC=n</c>; NR ≠ NC is two-mode data and refused), <c>NM=</c>
/// (several matrices: the first is read and the rest reported as not used; refused for edge and node lists),
/// <c>FORMAT=</c> <c>FULLMATRIX</c> (the default), <c>UPPERHALF</c>, <c>LOWERHALF</c>, <c>EDGELIST1</c> or
/// <c>NODELIST1</c> (others are refused), <c>DIAGONAL = PRESENT|ABSENT</c> (half matrices; present by default),
/// <c>LABELS EMBEDDED</c>. <c>LABELS:</c> or <c>ROW LABELS:</c> is followed by the vertex names, separated by spaces,
/// commas or line ends, a name with spaces in double quotes; <c>COLUMN LABELS:</c>, <c>MATRIX LABELS:</c> and <c>LEVEL
/// LABELS:</c> (the names of the matrices UCINET exports) of one-mode data are skipped. <c>DATA:</c> starts the data, to the end of the file.</para>
/// <para>Data: a full matrix is n·n values in row order (line breaks do not matter); with labels embedded, the n column
/// labels come first and each row starts with a label, which is skipped (rows are taken in order, as igraph does; files
/// often differ in case between the two). A value ≠ 0 is a tie row → column with that weight. Half
/// matrices are symmetric data: each value is an undirected tie and enters as both directions (a diagonal value once),
/// reported once per file (<see cref="DiagnosticCode.UndirectedEdges"/>), the rule <see cref="PajekReader"/> and
/// <see cref="GexfReader"/> apply. <c>EDGELIST1</c>: lines <c>i j [value]</c> (value 1 when absent); <c>NODELIST1</c>:
/// lines <c>i j k …</c>, ties i → j, i → k (value 1); vertices are numbers 1…n, or names with labels embedded (new
/// names become vertices in order of appearance; vertices of n never named are added as isolates named by their
/// numbers).</para>
/// <para>Repairs, reported as warnings and refused under <see cref="NetworkFileReadOptions.Strict"/>: a tie to a
/// vertex that is not declared (a number above n, a name beyond the n embedded) adds it
/// (<see cref="DiagnosticCode.UndeclaredNode"/>); a second tie on an ordered pair is summed
/// (<see cref="DiagnosticCode.ParallelEdges"/>). Values that are not finite numbers ≥ 0, lines too short, data after the
/// matrix and extra labels are reported as rejected diagnostics (under strict reading they fail the file). Missing
/// matrix values count as 0 (one rejected diagnostic).</para>
/// <para>Nodes: in vertex order, with the names as ids when they are distinct and non-empty, else the numbers 1…n
/// (names kept as labels); a network whose names are all distinct gazetteer cities (codes or full names) is a city
/// network (<see cref="NetworkFileReadOptions.RecognizeCities"/>). A tie's value goes into all three weights. Text is
/// UTF-8. A file that does not start with DL, has no <c>N=</c> or no <c>DATA:</c>, or exceeds the limits fails with a
/// <see cref="NetworkFormatException"/>. O(file size).</para>
/// </remarks>
public static class DlReader
{
    /// <summary>Reads a DL file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="report">Receives the warnings and rejected values (see the remarks), in file order.</param>
    /// <param name="options">Strictness and limits; <c>null</c> for <see cref="NetworkFileReadOptions.Default"/>.</param>
    /// <returns>The network.</returns>
    /// <exception cref="NetworkFormatException">The file cannot be used (see the remarks).</exception>
    public static FlowNetwork Read(string path, Action<Diagnostic>? report = null, NetworkFileReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = NetworkFiles.Open(path);
        return Read(stream, path, report, options);
    }

    /// <summary>Reads a DL network from a stream (left open).</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="fileName">The name used in diagnostics and messages.</param>
    /// <param name="report">Receives the warnings and rejected values.</param>
    /// <param name="options">Strictness and limits, or <c>null</c>.</param>
    /// <returns>The network.</returns>
    /// <exception cref="NetworkFormatException">The file cannot be used.</exception>
    public static FlowNetwork Read(Stream stream, string fileName = "<stream>", Action<Diagnostic>? report = null, NetworkFileReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        return new DlParser(fileName, (options ?? NetworkFileReadOptions.Default).Checked(), report ?? (_ => { })).Parse(stream);
    }
}
