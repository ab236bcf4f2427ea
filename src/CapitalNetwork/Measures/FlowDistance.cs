using System.Globalization;

namespace CapitalNetwork.Measures;

/// <summary>
/// Weighted mean and median great-circle distance (km) travelled by the flows of a city network, over all flows
/// (local capital at 0 km) and over flows between different cities only. Immutable.
/// </summary>
/// <param name="Weight">The weight each edge's distance is weighted by.</param>
/// <param name="Mean">Σ w_e d_e / Σ w_e over every edge, self-loops at 0 km; NaN when the total weight is zero.</param>
/// <param name="Median">Weighted median of d_e over every edge (the distance at half the total weight; the midpoint of the two neighbouring distances when half the weight ends exactly at an edge); NaN when the total weight is zero.</param>
/// <param name="MeanBetweenCities">The weighted mean over edges between different cities only; NaN when there is none.</param>
/// <param name="MedianBetweenCities">The weighted median over edges between different cities only; NaN when there is none.</param>
/// <param name="TotalWeight">Σ w over every edge.</param>
/// <param name="LocalWeight">Σ w over self-loops (local capital, 0 km).</param>
public sealed record FlowDistance(EdgeWeight Weight, double Mean, double Median, double MeanBetweenCities, double MedianBetweenCities, double TotalWeight, double LocalWeight)
{
    /// <summary>The sphere radius used by the haversine formula: 6371.0088 km, the IUGG mean Earth radius R₁ (Moritz 2000, doi:10.1007/s001900050278).</summary>
    public const double EarthRadiusKm = GreatCircle.EarthRadiusKm;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"flow distance (weight {Weight}): mean {Mean:F1} km, median {Median:F1} km; between cities mean {MeanBetweenCities:F1} km, median {MedianBetweenCities:F1} km");
}
