namespace CapitalNetwork.Ingest;

/// <summary>Collects diagnostics up to a limit, counting all of them.</summary>
internal sealed class DiagnosticLog(int max)
{
    private readonly List<Diagnostic> _kept = [];
    private readonly Dictionary<DiagnosticCode, long> _counts = [];

    public long Rejected { get; private set; }
    public long Warnings { get; private set; }
    public long Dropped { get; private set; }
    public IReadOnlyList<Diagnostic> Kept => _kept;
    public IReadOnlyDictionary<DiagnosticCode, long> Counts => _counts;

    public void Add(Diagnostic d)
    {
        if (d.Severity == DiagnosticSeverity.Rejected) Rejected++; else Warnings++;
        _counts[d.Code] = _counts.GetValueOrDefault(d.Code) + 1;
        if (_kept.Count < max) _kept.Add(d); else Dropped++;
    }
}
