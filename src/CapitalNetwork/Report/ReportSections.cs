namespace CapitalNetwork.Report;

/// <summary>
/// The sections of the page, in the order of the study. Adding a section is one line here (an id, the two headings, the
/// method that writes it, taking the figures and the page writer); its figures land in the appendix by themselves.
/// </summary>
internal static class ReportSections
{
    public static IReadOnlyList<ReportSection> All { get; } =
    [
        new("ingest", "数据导入", "Ingest", IngestSection.Write),
        new("network", "资本集聚网络与主要城市", "The network and its leading cities", NetworkSection.Write),
        new("regions", "四大区域比较", "The four regions", RegionsSection.Write),
        new("concentration", "集中度、不均衡与极化", "Concentration, inequality and polarization", ConcentrationSection.Write),
        new("core-periphery", "核心–边缘结构与社区", "Core and periphery, communities", CorePeripherySection.Write),
        new("structure", "网络结构与块模型", "Network structure and block model", StructureSection.Write),
        new("flows", "资本流动的解释", "Explaining the flows", FlowsSection.Write),
        new("appendix", "附录：数据表与选项", "Appendix: every figure as a table, and the options", AppendixSection.Write),
    ];
}
