namespace CapitalNetwork;

/// <summary>What <see cref="CityNetwork.FromFilings(string, IngestOptions?, CancellationToken)"/> returns.</summary>
/// <param name="Network">The city network of every counted row (all 372 cities as nodes).</param>
/// <param name="Years">Yearly snapshots on the same node index.</param>
/// <param name="Report">The ingest report: counts that reconcile, and the diagnostics.</param>
public sealed record IngestResult(FlowNetwork Network, NetworkSeries Years, IngestReport Report);
