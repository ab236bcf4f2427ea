namespace CapitalNetwork;

/// <summary>The language of a <see cref="StudyReport"/>: every heading, label, reading and table header of the page is in it.</summary>
public enum ReportLanguage
{
    /// <summary>Simplified Chinese (<c>zh-CN</c>), the default.</summary>
    Chinese,

    /// <summary>English (<c>en</c>).</summary>
    English,
}
