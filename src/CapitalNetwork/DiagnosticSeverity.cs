namespace CapitalNetwork;

/// <summary>Whether a diagnostic cost the row its place in the network.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The row was not counted into the network.</summary>
    Rejected,
    /// <summary>The row was counted; something about it deserves a look.</summary>
    Warning,
}
