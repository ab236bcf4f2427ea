namespace CapitalNetwork;

/// <summary>How a node's value v ≥ 0 becomes its <c>viz:size</c> between <see cref="GexfOptions.MinNodeSize"/> (v = 0)
/// and <see cref="GexfOptions.MaxNodeSize"/> (v = the largest value M): size = min + (max − min)·f(v), with f below.
/// Negative and missing values count as 0; every node gets min when M ≤ 0.</summary>
public enum GexfSizeScale
{
    /// <summary>f = √(v / M): the disc's area grows in proportion to the value (the default; what map readers expect).</summary>
    Area,
    /// <summary>f = v / M: the diameter grows in proportion to the value (exaggerates the leading cities).</summary>
    Linear,
    /// <summary>f = ln(1 + v) / ln(1 + M): compresses a heavy tail (values spanning several orders of magnitude).</summary>
    Logarithmic,
}
