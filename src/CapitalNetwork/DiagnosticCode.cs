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
    /// <summary>
    /// The partner has neither a place nor a credit code (typically a natural person, whose address is not public): the
    /// row's partner link and capital are left out. <see cref="FilingsReadOptions.PartnersWithoutPlace"/> can place such
    /// partners at the fund's city instead.
    /// </summary>
    PartnerWithoutPlace,
    /// <summary>Warning: the partner had no place and was placed at the fund's city
    /// (<see cref="UnplacedPartners.AtFundCity"/>); the row counts as local capital.</summary>
    PartnerPlacedAtFundCity,
    /// <summary>Warning: the header has no recognised column for an optional figure (capital, filing date), so that figure
    /// is missing from every row; the message lists the headers seen and the names accepted.</summary>
    MissingColumn,
    /// <summary>Warning: the capital header states no unit and most amounts are below 10,000, as amounts in 万元 would be;
    /// <see cref="FilingsReadOptions.CapitalUnit"/> (<c>--capital-unit</c>) settles it.</summary>
    CapitalUnitUnclear,
    /// <summary>A place rests only on a short name at the start of a longer name (平安银行, 东方财富): probably a company,
    /// not taken as a place unless <see cref="IngestOptions.AcceptShortNamePrefixes"/>; the message names the candidate.</summary>
    UncertainPlace,
    /// <summary>Warning (GEXF, GraphML, Pajek, DL): an edge names a node the file does not declare; the node was added
    /// with its id as label, as Gephi does (the readers' strict options, e.g. <see cref="NetworkFileReadOptions.Strict"/>,
    /// refuse such files instead).</summary>
    UndeclaredNode,
    /// <summary>Warning (GEXF, GraphML, Pajek, DL): an edge joins the same nodes (in the same direction) as an earlier one; the
    /// weights of the two were summed, as Gephi's default merge strategy does.</summary>
    ParallelEdges,
    /// <summary>Warning (GEXF, GraphML, Pajek, DL), once per file: undirected edges entered the directed flow network in both
    /// directions, each with the full weight; the message gives their number.</summary>
    UndirectedEdges,
    /// <summary>Warning (GEXF, GraphML): values refer to an attribute (GEXF <c>for</c>, GraphML <c>key</c>) the file does
    /// not declare; they were skipped, as Gephi does.</summary>
    UndeclaredAttribute,
    /// <summary>Warning (GEXF, GraphML): an attribute value does not parse as its declared type; it was skipped.</summary>
    BadAttributeValue,
    /// <summary>Two-table ingest: a partner-table row names a fund (by id, credit code or name) that the fund table does not
    /// have; the row is rejected (its partner link and capital are left out). The message says which keys were tried.</summary>
    FundNotInFundTable,
    /// <summary>Two-table ingest: a fund-table row that no partner-table row names; the fund is left out of the network
    /// (it has no partner link) and the row is counted as rejected.</summary>
    FundWithoutPartners,
    /// <summary>Two-table ingest: a fund-table row repeats a fund id, credit code or name of an earlier row; the repeat is
    /// not used (the first row is).</summary>
    DuplicateFund,
    /// <summary>Two-table ingest: a partner-table row names its fund only by a name that, normalised, fits two or more
    /// funds of the fund table (different ids); the row is rejected, not guessed. The message names the candidates.</summary>
    AmbiguousFund,
}
