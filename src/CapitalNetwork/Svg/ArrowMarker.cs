using System.Globalization;

namespace CapitalNetwork.Svg;

/// <summary>
/// Arrowheads for the flows of <see cref="NetworkSvg"/> (implementation only): SVG <c>&lt;marker&gt;</c> elements at the
/// end of a path (<c>marker-end</c>), turned along the path's direction at its end (<c>orient="auto"</c>), a triangle
/// whose base sits on the end of the line and whose tip points on, 2.5 line widths long and 2.25 wide, so the head grows
/// with the edge width (<c>markerUnits="strokeWidth"</c>). A head shorter than 5 px would not be seen, so lines narrower
/// than 2 px share a fixed 5 × 4.5 px head (<c>markerUnits="userSpaceOnUse"</c>): the length is max(5, 2.5·w), continuous
/// in w. SVG 1.1 markers do not take the colour of the line that uses them, so there is one marker per colour and
/// opacity; their ids say both (<c>arrow-0072B2-45</c>: colour #0072B2, opacity 45 %; <c>-min</c> for the fixed head),
/// so two pictures inline in one HTML page that share an id also share its definition.
/// </summary>
internal static class ArrowMarker
{
    private const double LengthPerWidth = 2.5;
    private const double WidthPerLength = 0.9;
    private const double MinLength = 5;

    /// <summary>Length of the head of a line of the given width, in px.</summary>
    public static double Length(double lineWidth) => Math.Max(MinLength, LengthPerWidth * lineWidth);

    /// <summary>Width of the head's base of a line of the given width, in px.</summary>
    public static double Width(double lineWidth) => WidthPerLength * Length(lineWidth);

    private static bool Fixed(double lineWidth) => LengthPerWidth * lineWidth < MinLength;

    /// <summary>The id of the marker for a line of this colour (<c>#RRGGBB</c>), opacity and width.</summary>
    public static string Id(string color, double opacity, double lineWidth) =>
        string.Create(CultureInfo.InvariantCulture,
            $"arrow-{color.TrimStart('#')}-{(int)Math.Round(opacity * 100, MidpointRounding.AwayFromZero)}{(Fixed(lineWidth) ? "-min" : "")}");

    /// <summary>Writes a <c>&lt;defs&gt;</c> block with the markers the given lines need, sorted by id (nothing when there
    /// is no line).</summary>
    public static void Define(Canvas svg, IEnumerable<(string Color, double Opacity, double Width)> lines)
    {
        var markers = new SortedDictionary<string, (string Color, double Opacity, bool Fixed)>(StringComparer.Ordinal);
        foreach (var (color, opacity, width) in lines) markers.TryAdd(Id(color, opacity, width), (color, opacity, Fixed(width)));
        if (markers.Count == 0) return;
        svg.Start("defs");
        foreach (var (id, (color, opacity, isFixed)) in markers)
        {
            // viewBox 10 × 9: the triangle (0,0) (10,4.5) (0,9); its base's midpoint (0, 4.5) is put on the line's end.
            var (w, h) = isFixed ? (MinLength, MinLength * WidthPerLength) : (LengthPerWidth, LengthPerWidth * WidthPerLength);
            svg.Start("marker", ("id", id), ("viewBox", "0 0 10 9"), ("refX", "0"), ("refY", "4.5"),
                ("markerUnits", isFixed ? "userSpaceOnUse" : "strokeWidth"), ("markerWidth", Canvas.N(w)), ("markerHeight", Canvas.N(h)),
                ("orient", "auto"));
            svg.Element("path", ("d", "M0,0 L10,4.5 L0,9 Z"), ("fill", color), ("fill-opacity", Canvas.N(opacity)));
            svg.End();
        }
        svg.End();
    }
}
