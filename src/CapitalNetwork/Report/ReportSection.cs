namespace CapitalNetwork.Report;

/// <summary>One section of the page: its anchor id, its heading in both languages, and what writes its body.</summary>
internal sealed record ReportSection(string Id, string Chinese, string English, Action<StudyFigures, PageWriter> Write)
{
    public string Title(ReportText text) => text.Pick(Chinese, English);
}
