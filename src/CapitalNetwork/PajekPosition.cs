namespace CapitalNetwork;

/// <summary>A vertex position read from a Pajek file: Pajek's drawing coordinates, normally in [0, 1] with y pointing
/// down (see <see cref="PajekWriter"/> for how the writer maps longitude and latitude into them).</summary>
/// <param name="X">Horizontal coordinate.</param>
/// <param name="Y">Vertical coordinate (0 at the top of Pajek's Draw window).</param>
/// <param name="Z">Depth (0 when the file gives none; Pajek writes 0.5 for 2-D layouts).</param>
public readonly record struct PajekPosition(double X, double Y, double Z);
