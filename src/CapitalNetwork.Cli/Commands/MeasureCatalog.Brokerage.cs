using CapitalNetwork.Measures;

namespace CapitalNetwork.Cli.Commands;

/// <summary>
/// Structural-hole and brokerage keys. <c>constraint</c> and <c>effective_size</c> are Burt's measures with
/// <c>--weight</c> (mutual weight w_ij + w_ji, as NetworkX) and <c>--self-loops</c> (keep, as NetworkX, or drop, Burt's rule); the five <c>brokerage_*</c> keys are the Gould–Fernandez
/// raw counts (sna <c>brokerage()$raw.nli</c>) on the binary directed network, one Brokerage run shared by the five; the
/// five <c>brokerage_*_z</c> keys are sna's z-scores of those counts (<c>z.nli</c>).
/// </summary>
internal static partial class MeasureCatalog
{
    private static readonly NodeMeasure[] BrokerageNode =
    [
        new("constraint", (n, c) => StructuralHoles.Constraint(n, c.Weight, c.SelfLoops)),
        new("effective_size", (n, c) => StructuralHoles.EffectiveSize(n, c.Weight, c.SelfLoops)),
        new("brokerage_coordinator", (n, c) => BrokerageRole(n, c, "brokerage_coordinator", r => r.Coordinator)),
        new("brokerage_consultant", (n, c) => BrokerageRole(n, c, "brokerage_consultant", r => r.Consultant)),
        new("brokerage_representative", (n, c) => BrokerageRole(n, c, "brokerage_representative", r => r.Representative)),
        new("brokerage_gatekeeper", (n, c) => BrokerageRole(n, c, "brokerage_gatekeeper", r => r.Gatekeeper)),
        new("brokerage_liaison", (n, c) => BrokerageRole(n, c, "brokerage_liaison", r => r.Liaison)),
        new("brokerage_coordinator_z", (n, c) => BrokerageRole(n, c, "brokerage_coordinator_z", r => r.Coordinator, z: true)),
        new("brokerage_consultant_z", (n, c) => BrokerageRole(n, c, "brokerage_consultant_z", r => r.Consultant, z: true)),
        new("brokerage_representative_z", (n, c) => BrokerageRole(n, c, "brokerage_representative_z", r => r.Representative, z: true)),
        new("brokerage_gatekeeper_z", (n, c) => BrokerageRole(n, c, "brokerage_gatekeeper_z", r => r.Gatekeeper, z: true)),
        new("brokerage_liaison_z", (n, c) => BrokerageRole(n, c, "brokerage_liaison_z", r => r.Liaison, z: true)),
    ];

    /// <summary>
    /// The groups brokerage reads: the four mainland regions for a city network (Hong Kong, Macao and Taiwan left
    /// out, each then a group of its own), null for a plain edge list. The one place to switch to the groups chosen
    /// on the command line (<c>context.Groups</c>) once <see cref="MeasureContext"/> carries them.
    /// </summary>
    private static Grouping? BrokerageGroups(FlowNetwork n, MeasureContext c) =>
        c.Groups ?? (n.IsCityNetwork ? Grouping.ByRegion(n) : null);

    private static NodeValues BrokerageRole(FlowNetwork n, MeasureContext c, string key, Func<BrokerageResult, NodeValues> pick, bool z = false)
    {
        var groups = BrokerageGroups(n, c);
        if (groups is null)
            return c.Defined(key, new NodeValues(n, key, Enumerable.Repeat(double.NaN, n.NodeCount)),
                "brokerage needs groups; this network has no regions (not a city network): pass --groups FILE");
        // Keyed by the group of every node: the counts depend on nothing else.
        var pattern = string.Join(',', Enumerable.Range(0, groups.UnitCount).Select(groups.GroupOf));
        var result = z
            ? Memo(n, ("brokerage_z", pattern), () => StructuralHoles.BrokerageZScores(n, groups))
            : Memo(n, ("brokerage", pattern), () => StructuralHoles.Brokerage(n, groups));
        return pick(result);
    }
}
