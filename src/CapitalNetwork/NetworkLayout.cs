using CapitalNetwork.Layout;

namespace CapitalNetwork;

/// <summary>Where <see cref="NetworkSvg"/> puts the nodes.</summary>
public enum NetworkLayout
{
    /// <summary><see cref="Geographic"/> for a city network whose nodes all have coordinates, else <see cref="ForceDirected"/>.</summary>
    Auto,

    /// <summary>A map: the equirectangular projection of the GEXF export (x = (λ − λ0)·cos φ0, y = φ − φ0, north up),
    /// fitted to the drawing area, with a scale bar in km. Needs a city network with coordinates.</summary>
    Geographic,

    /// <summary>A seeded Fruchterman–Reingold layout (Fruchterman &amp; Reingold 1991, doi:10.1002/spe.4380211102) for
    /// networks without geography; the same seed gives the same picture.</summary>
    ForceDirected,
}
