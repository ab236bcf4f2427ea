namespace CapitalNetwork;

/// <summary>Stable reason codes of ingest diagnostics (written in snake_case in diagnostics files).</summary>
public enum DiagnosticCode
{
    /// <summary>The row has the wrong number of fields (broken quotes, merged cells, a shifted column).</summary>
    MalformedRow,
    /// <summary>A required field (fund place; partner place or credit code) is empty.</summary>
    MissingField,
    /// <summary>A place was not recognised.</summary>
    UnknownPlace,
    /// <summary>A place names more than one city (朝阳区 alone).</summary>
    AmbiguousPlace,
    /// <summary>A place names only a province.</summary>
    ProvinceOnlyPlace,
    /// <summary>A place outside China.</summary>
    ForeignPlace,
    /// <summary>A date that cannot be read or is out of range (before 1980 or after 2100).</summary>
    BadDate,
    /// <summary>An amount that cannot be read, is negative, or is not finite.</summary>
    BadAmount,
    /// <summary>The same fund–partner pair appears again; the repeat is not counted.</summary>
    DuplicatePair,
    /// <summary>The row contains bytes that are not valid in the file's encoding.</summary>
    BadEncoding,
    /// <summary>Warning: the amount is empty; the row is used with zero capital.</summary>
    MissingAmount,
    /// <summary>Warning: a fund's rows give different filing dates; the first is kept.</summary>
    InconsistentFilingDate,
    /// <summary>A date window was requested but the row's fund has no filing date.</summary>
    MissingDate,
    /// <summary>Warning: a header maps to a column that an earlier header already supplies; the first is used.</summary>
    DuplicateHeader,
    /// <summary>A place rests only on a short name at the start of a longer name (平安银行, 东方财富): probably a company,
    /// not taken as a place unless <see cref="IngestOptions.AcceptShortNamePrefixes"/>; the message names the candidate.</summary>
    UncertainPlace,
}
