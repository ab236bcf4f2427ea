namespace CapitalNetwork.Svg;

/// <summary>
/// Greedy label placement with collision boxes (implementation only; after Christensen, Marks &amp; Shieber 1995,
/// "An empirical study of algorithms for point-feature label placement", ACM TOG 14(3):203–232,
/// doi:10.1145/212332.212334, the greedy baseline): labels are placed in priority order at the first of eight
/// candidate positions around their point (right, left, above, below, then the diagonals) whose box overlaps no box
/// placed before, no obstacle box and no obstacle disc and lies inside the bounds; a label with no free candidate is dropped.
/// O(L·(L + obstacles)).
/// </summary>
internal sealed class LabelPlacer(double minX, double minY, double maxX, double maxY)
{
    public readonly record struct Box(double X0, double Y0, double X1, double Y1)
    {
        public bool Overlaps(Box o) => X0 < o.X1 && o.X0 < X1 && Y0 < o.Y1 && o.Y0 < Y1;
    }

    /// <summary>Where a placed label goes: the text anchor point, anchor (start|middle|end) and its box.</summary>
    public readonly record struct Placement(double X, double Y, string Anchor, Box Box);

    private readonly List<Box> _boxes = [];
    private readonly List<(double X, double Y, double R)> _discs = [];

    public IReadOnlyList<Box> Boxes => _boxes;

    public void AddObstacle(Box box) => _boxes.Add(box);

    /// <summary>A disc no label may cover (a node's circle).</summary>
    public void AddDisc(double cx, double cy, double r) => _discs.Add((cx, cy, r));

    private static bool Covers(Box b, (double X, double Y, double R) d)
    {
        var nx = Math.Clamp(d.X, b.X0, b.X1) - d.X;
        var ny = Math.Clamp(d.Y, b.Y0, b.Y1) - d.Y;
        return nx * nx + ny * ny < d.R * d.R;
    }

    /// <summary>Places a label of the given size next to a disc (cx, cy, r); null when every candidate collides.</summary>
    public Placement? Place(double cx, double cy, double r, double width, double fontSize)
    {
        var gap = 2.0;
        var h = fontSize * 1.15;
        var ascent = fontSize * 0.88; // baseline below the box top
        var d = r + gap;
        var diag = r * 0.7071 + gap;
        (double X, double Y, string Anchor)[] candidates =
        [
            (cx + d, cy + fontSize * 0.35, "start"),
            (cx - d, cy + fontSize * 0.35, "end"),
            (cx, cy - d - h + ascent, "middle"),
            (cx, cy + d + ascent, "middle"),
            (cx + diag, cy - diag - h + ascent, "start"),
            (cx + diag, cy + diag + ascent, "start"),
            (cx - diag, cy - diag - h + ascent, "end"),
            (cx - diag, cy + diag + ascent, "end"),
        ];
        foreach (var (x, y, anchor) in candidates)
        {
            var x0 = anchor switch { "start" => x, "end" => x - width, _ => x - width / 2 };
            var box = new Box(x0 - 1, y - ascent - 1, x0 + width + 1, y - ascent + h + 1);
            if (box.X0 < minX || box.Y0 < minY || box.X1 > maxX || box.Y1 > maxY) continue;
            if (_boxes.Any(b => b.Overlaps(box)) || _discs.Any(d => Covers(box, d))) continue;
            _boxes.Add(box);
            return new Placement(x, y, anchor, box);
        }
        return null;
    }
}
