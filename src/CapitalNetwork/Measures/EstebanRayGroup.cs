namespace CapitalNetwork.Measures;

/// <summary>One point (group) of an Esteban–Ray index.</summary>
/// <param name="Name">Group name (or the value, for <see cref="EstebanRayFormulation.DistinctValues"/>).</param>
/// <param name="PopulationShare">π_g = p_g, the group's population share (share of units, or of weight).</param>
/// <param name="ValueShare">s_g, the group's share of the total.</param>
/// <param name="RelativeMean">r_g = s_g / p_g = μ_g / μ.</param>
public sealed record EstebanRayGroup(string Name, double PopulationShare, double ValueShare, double RelativeMean);
