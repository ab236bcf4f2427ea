namespace CapitalNetwork.Svg;

/// <summary>
/// The words drawn on the pictures in the language asked for (<see cref="SvgChartOptions.Language"/>,
/// <see cref="NetworkSvgOptions.Language"/>): Chinese, English, or — without a language — both, Chinese first, as the
/// pictures have always been labelled.
/// </summary>
internal static class ChartWords
{
    /// <summary>The Chinese, the English, or both joined by a space.</summary>
    public static string Say(ReportLanguage? language, string chinese, string english) => Say(language, chinese + " " + english, chinese, english);

    /// <summary>The Chinese, the English, or <paramref name="both"/> when no language is asked for.</summary>
    public static string Say(ReportLanguage? language, string both, string chinese, string english) => language switch
    {
        ReportLanguage.Chinese => chinese,
        ReportLanguage.English => english,
        _ => both,
    };

    /// <summary>A statistical region's name: 东部 / East / "东部 East"; Hong Kong, Macao and Taiwan are 港澳台 / "HK, Macao, Taiwan" / "港澳台 Outside".</summary>
    public static string Region(ReportLanguage? language, StatisticalRegion region) =>
        Say(language, $"{region.Chinese()} {region}", region.Chinese(), region == StatisticalRegion.Outside ? "HK, Macao, Taiwan" : region.ToString());
}
