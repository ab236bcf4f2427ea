using System.Globalization;

namespace CapitalNetwork;

/// <summary>An opaque RGB colour as written to <c>&lt;viz:color r g b/&gt;</c> (no alpha: Gephi Lite ignores colours that carry one).</summary>
/// <param name="R">Red channel, 0–255.</param>
/// <param name="G">Green channel, 0–255.</param>
/// <param name="B">Blue channel, 0–255.</param>
public readonly record struct GexfColor(byte R, byte G, byte B)
{
    /// <summary>The colour as <c>#RRGGBB</c> (upper-case hex).</summary>
    /// <returns>The hex string.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}");
}
