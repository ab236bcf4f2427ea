using System.Collections.Immutable;
using System.Text.Json;

namespace CapitalNetwork.Measures;

/// <summary>
/// A Borgatti–Everett core/periphery partition of a network and its fit: the Pearson correlation between the
/// observed ties of the view and the ideal pattern (core–core 1, periphery–periphery 0, core–periphery 1 or missing
/// according to <see cref="Block"/>). Immutable.
/// </summary>
public sealed class CorePeripheryPartition
{
    internal CorePeripheryPartition(FlowNetwork network, BorgattiEverettOptions options, bool[] isCore, double fit,
        CorePeripherySearch search, double coreDensity, double peripheryDensity, double corePeripheryDensity)
    {
        Network = network;
        Options = options;
        IsCore = [.. isCore];
        Core = [.. Enumerable.Range(0, isCore.Length).Where(i => isCore[i])];
        Fit = fit;
        Search = search;
        CoreDensity = coreDensity;
        PeripheryDensity = peripheryDensity;
        CorePeripheryDensity = corePeripheryDensity;
    }

    /// <summary>The network.</summary>
    public FlowNetwork Network { get; }

    /// <summary>The options the partition was found (or evaluated) with.</summary>
    public BorgattiEverettOptions Options { get; }

    /// <summary>The view the fit refers to.</summary>
    public NetworkView View => Options.View;

    /// <summary>The core–periphery block convention of the fit.</summary>
    public CorePeripheryBlock Block => Options.Block;

    /// <summary>True for core nodes, in node order.</summary>
    public ImmutableArray<bool> IsCore { get; }

    /// <summary>The core nodes' indices, ascending.</summary>
    public ImmutableArray<int> Core { get; }

    /// <summary>Number of core nodes.</summary>
    public int CoreSize => Core.Length;

    /// <summary>The fit ρ ∈ [−1, 1], or NaN when undefined (no ties, all pairs tied, or a pattern without variance:
    /// fewer than two periphery nodes, or with <see cref="CorePeripheryBlock.Missing"/> fewer than two core nodes).</summary>
    public double Fit { get; }

    /// <summary>How the partition was obtained (exhaustive optimum, heuristic, or given).</summary>
    public CorePeripherySearch Search { get; }

    /// <summary>Mean tie value over core–core cells (binary: density); NaN with fewer than two core nodes.</summary>
    public double CoreDensity { get; }

    /// <summary>Mean tie value over periphery–periphery cells; NaN with fewer than two periphery nodes.</summary>
    public double PeripheryDensity { get; }

    /// <summary>Mean tie value over core–periphery cells; NaN when either side is empty.</summary>
    public double CorePeripheryDensity { get; }

    /// <summary>Core membership as node values (1 = core, 0 = periphery), measure name <c>be_core(…)</c>.</summary>
    /// <returns>The values.</returns>
    public NodeValues ToNodeValues() =>
        new(Network, $"be_core(view={View},block={JsonNamingPolicy.SnakeCaseLower.ConvertName(Block.ToString())})", IsCore.Select(x => x ? 1.0 : 0.0));

    /// <inheritdoc />
    public override string ToString() =>
        $"Borgatti–Everett core/periphery ({View}, block={Block}, {Search}): core {CoreSize} of {IsCore.Length}, fit {Fit:0.####}";
}
