using CapitalNetwork.Measures.Fitting;
using CapitalNetwork.Measures.NullModels;

namespace CapitalNetwork.Measures;

public static partial class CorePeriphery
{
    /// <summary>
    /// Unnormalised rich-club coefficient φ(k) for k = 0, 1, … while N_{&gt;k} ≥ 2, where N_{&gt;k} is the number of nodes of
    /// degree &gt; k and E_{&gt;k} the number of edges among them (Zhou &amp; Mondragón 2004, doi:10.1109/LCOMM.2004.823426;
    /// Colizza et al. 2006, doi:10.1038/nphys209).
    /// <list type="bullet">
    /// <item>Undirected binary view (default): φ(k) = 2E_{&gt;k} / (N_{&gt;k}(N_{&gt;k} − 1)) — equal to NetworkX 3.6.1
    /// <c>rich_club_coefficient(G, normalized=False)</c> on the undirected simple graph (self-loops dropped;
    /// NetworkX refuses them).</item>
    /// <item>Directed view: degree = in + out arcs, φ(k) = E_{&gt;k} / (N_{&gt;k}(N_{&gt;k} − 1)) over arcs among the rich
    /// nodes.</item>
    /// <item>Weighted views (Opsahl, Colizza, Panzarasa &amp; Ramasco 2008, doi:10.1103/PhysRevLett.101.168702, richness =
    /// degree): φ_w(k) = W_{&gt;k} / Σ_{l=1}^{E_{&gt;k}} w_(l), the weight on edges among the rich nodes over the weight
    /// of the E_{&gt;k} heaviest edges anywhere; NaN when E_{&gt;k} = 0. Undirected weights are w_ij + w_ji.</item>
    /// </list>
    /// A network without edges has no keys. O(m log m).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="view">The view, or <c>null</c> for <see cref="NetworkView.UndirectedBinary"/>.</param>
    /// <returns>φ by degree.</returns>
    public static RichClubCoefficients RichClub(FlowNetwork network, NetworkView? view = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        view ??= NetworkView.UndirectedBinary;
        return new RichClubCoefficients(view, RichClubCounter.Compute(CompactGraph.FromNetwork(network, view)), null, null);
    }

    /// <summary>
    /// Normalised rich-club coefficient ρ(k) = φ(k) / ⟨φ_rand(k)⟩, the coefficient of <see cref="RichClub"/> over its
    /// mean across <see cref="RichClubOptions.Randomizations"/> degree-preserving randomisations of the same view
    /// (seeded double edge swaps, <see cref="RichClubOptions.SwapsPerEdge"/>·m successful swaps each; each edge keeps
    /// its weight) — the ensemble average recommended by Colizza et al. 2006 and McAuley et al. 2007
    /// (doi:10.1063/1.2773951). ρ(k) &gt; 1: the rich nodes are more interconnected than degrees alone make them.
    /// NetworkX's default <c>normalized=True</c> divides by a single randomised graph instead, so its values differ
    /// from run to run. NaN where the random mean is 0. Cost O(R · Q · m).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="RichClubOptions.Default"/>.</param>
    /// <returns>φ, the random mean and ρ by degree.</returns>
    public static RichClubCoefficients RichClubNormalized(FlowNetwork network, RichClubOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= RichClubOptions.Default;
        ArgumentNullException.ThrowIfNull(options.View, nameof(options.View));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Randomizations, 1, nameof(options.Randomizations));
        ArgumentOutOfRangeException.ThrowIfNegative(options.SwapsPerEdge, nameof(options.SwapsPerEdge));
        var g = CompactGraph.FromNetwork(network, options.View);
        var phi = RichClubCounter.Compute(g);
        var sum = phi.Keys.ToDictionary(k => k, _ => 0.0);
        var sampler = new RewiringSampler(g);
        for (var r = 0; r < options.Randomizations; r++)
        {
            var rng = RngStreams.Create(options.Seed, (ulong)r);
            var rand = RichClubCounter.Compute(sampler.DegreePreserving(ref rng, options.SwapsPerEdge));
            foreach (var k in phi.Keys) sum[k] += rand.TryGetValue(k, out var x) ? x : double.NaN;
        }
        var mean = sum.ToDictionary(kv => kv.Key, kv => kv.Value / options.Randomizations);
        return new RichClubCoefficients(options.View, phi, mean, options);
    }
}
