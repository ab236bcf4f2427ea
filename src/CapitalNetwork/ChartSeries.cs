
namespace CapitalNetwork;

/// <summary>One line of a trend chart (<see cref="SvgCharts.Trend(IReadOnlyList{int}, IReadOnlyList{ChartSeries}, SvgChartOptions?)"/>):
/// a name for the legend, one value per year (NaN = no point), and an optional colour. Immutable.</summary>
/// <param name="Name">The legend text.</param>
/// <param name="Values">One value per year of the chart, in year order.</param>
/// <param name="Color">The line colour, or <c>null</c> for the next colour of <see cref="SvgChartOptions.CategoryColors"/>.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values, GexfColor? Color = null);
