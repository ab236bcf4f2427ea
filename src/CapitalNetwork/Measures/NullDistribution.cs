using System.Collections.Immutable;

namespace CapitalNetwork.Measures;

/// <summary>
/// Summary of a null distribution: the sample in draw order (NaN where a null sample was undefined) with the mean,
/// standard deviation (n − 1 denominator) and quantiles of its defined values. Quantiles interpolate linearly
/// between order statistics (Hyndman–Fan type 7, the default of R and NumPy). Immutable.
/// </summary>
public sealed class NullDistribution
{
    private readonly double[] _sorted;

    /// <summary>Summarises a sample.</summary>
    /// <param name="values">The null values in draw order (NaN allowed, ignored by the summary).</param>
    public NullDistribution(IEnumerable<double> values)
    {
        Values = [.. values];
        _sorted = Values.Where(x => !double.IsNaN(x)).Order().ToArray();
        Count = _sorted.Length;
        Mean = Count > 0 ? _sorted.Average() : double.NaN;
        StandardDeviation = Count > 1 ? Math.Sqrt(_sorted.Sum(x => (x - Mean) * (x - Mean)) / (Count - 1)) : double.NaN;
    }

    /// <summary>The sample in draw order.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Number of defined (non-NaN) values.</summary>
    public int Count { get; }

    /// <summary>Mean of the defined values.</summary>
    public double Mean { get; }

    /// <summary>Sample standard deviation (n − 1) of the defined values.</summary>
    public double StandardDeviation { get; }

    /// <summary>Smallest defined value.</summary>
    public double Min => Count > 0 ? _sorted[0] : double.NaN;

    /// <summary>Largest defined value.</summary>
    public double Max => Count > 0 ? _sorted[^1] : double.NaN;

    /// <summary>5 % quantile.</summary>
    public double Q05 => Quantile(0.05);

    /// <summary>25 % quantile.</summary>
    public double Q25 => Quantile(0.25);

    /// <summary>Median.</summary>
    public double Median => Quantile(0.5);

    /// <summary>75 % quantile.</summary>
    public double Q75 => Quantile(0.75);

    /// <summary>95 % quantile.</summary>
    public double Q95 => Quantile(0.95);

    /// <summary>The p-quantile of the defined values, type 7: h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).</summary>
    /// <param name="p">Probability in [0, 1].</param>
    /// <returns>The quantile, NaN for an empty sample.</returns>
    public double Quantile(double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        if (Count == 0) return double.NaN;
        var h = (Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, Count - 1);
        return _sorted[lo] + (h - lo) * (_sorted[hi] - _sorted[lo]);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"null: n={Count}, mean {Mean:0.####}, sd {StandardDeviation:0.####}, [5%, 50%, 95%] = [{Q05:0.####}, {Median:0.####}, {Q95:0.####}]";
}
