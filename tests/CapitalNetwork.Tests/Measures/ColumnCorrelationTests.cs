using CapitalNetwork.Measures.Blocks;

namespace CapitalNetwork.Tests.Measures;

/// <summary>
/// The blocked CONCOR iteration (<see cref="ColumnCorrelation"/>) against a plain two-pass Pearson correlation of the
/// columns, written here from the definition, on a random symmetric 203 × 203 matrix (three 96-row tiles, the last one
/// padded; a row count that is not a multiple of 4) with one constant column. Tolerance 1e-12 absolute: the same sums in
/// another order.
/// </summary>
public sealed class ColumnCorrelationTests
{
    [Fact]
    public void Blocked_correlations_equal_the_plain_definition()
    {
        const int m = 203;
        var rng = new Random(11);
        var c = new double[m, m];
        for (var i = 0; i < m; i++)
            for (var j = 0; j <= i; j++)
                c[i, j] = c[j, i] = i == j ? 1 : rng.NextDouble() * 2 - 1;
        for (var i = 0; i < m; i++) c[i, 57] = c[57, i] = 0.25; // column 57 constant (its diagonal too)
        var stride = ColumnCorrelation.Stride(m);
        var work = ColumnCorrelation.Allocate(m);
        for (var i = 0; i < m; i++)
            for (var j = 0; j < m; j++) work[i * stride + j] = c[i, j];
        var result = ColumnCorrelation.Allocate(m);
        var deviation = ColumnCorrelation.Correlate(work, result, m);
        var expectedDeviation = 0.0;
        for (var x = 0; x < m; x++)
            for (var y = 0; y < m; y++)
            {
                var expected = x == y ? 1 : x == 57 || y == 57 ? 0 : Pearson(c, x, y, m);
                Assert.Equal(expected, result[x * stride + y], 1e-12);
                expectedDeviation = Math.Max(expectedDeviation, Math.Abs(Math.Abs(expected) - 1));
            }
        Assert.Equal(expectedDeviation, deviation, 1e-12);
        for (var x = m; x < ColumnCorrelation.PaddedRows(m); x++) Assert.Equal(0, result[x * stride]); // padding untouched
    }

    private static double Pearson(double[,] c, int x, int y, int m)
    {
        double mx = 0, my = 0;
        for (var k = 0; k < m; k++)
        {
            mx += c[k, x];
            my += c[k, y];
        }
        mx /= m;
        my /= m;
        double sxy = 0, sxx = 0, syy = 0;
        for (var k = 0; k < m; k++)
        {
            sxy += (c[k, x] - mx) * (c[k, y] - my);
            sxx += (c[k, x] - mx) * (c[k, x] - mx);
            syy += (c[k, y] - my) * (c[k, y] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }
}
