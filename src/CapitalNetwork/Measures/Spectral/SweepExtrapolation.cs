namespace CapitalNetwork.Measures.Spectral;

/// <summary>
/// Vector extrapolation for a linearly converging fixed-point iteration x_{k+1} = G(x_k) (the PageRank Gauss–Seidel
/// sweep): when the differences d_k = x_k − x_{k−1} shrink by a steady factor r, the error is dominated by one mode of
/// the iteration matrix with eigenvalue r, the remaining distance to the fixed point is ≈ d_k · r / (1 − r), and it is
/// removed in one step (Aitken's Δ² with r estimated from the whole vector, r_k = ⟨d_k, d_{k−1}⟩ / ⟨d_{k−1}, d_{k−1}⟩;
/// Kamvar, Haveliwala, Manning and Golub 2003, doi:10.1145/775152.775190; Brezinski and Redivo-Zaglia 1991).
/// </summary>
/// <remarks>
/// Conditions: two consecutive ratio estimates agree to within <see cref="RatioAgreement"/> (relative), d_k and d_{k−1}
/// point the same way (cos² ≥ <see cref="MinAlignment"/>: a rotating pair of complex modes has a steady ratio too, but
/// is not one mode), |r| ≤ <see cref="MaxRatio"/>, and at least three sweeps since the last extrapolation (so both estimates come from plain
/// sweeps). If the sweep after an extrapolation changes x by more than the sweep before it did, extrapolation is off for
/// the rest of the run, so it can cost at most a few sweeps. The caller gathers the two inner products while it
/// sweeps; one vector of scratch, O(n) only when extrapolating. Sequential and deterministic.
/// </remarks>
internal sealed class SweepExtrapolation
{
    /// <summary>Largest relative disagreement of two consecutive ratio estimates that counts as steady.</summary>
    public const double RatioAgreement = 0.01;

    /// <summary>Smallest cos² of the angle between d_k and d_{k−1} that counts as one mode (about 1.8°).</summary>
    public const double MinAlignment = 0.999;

    /// <summary>Largest |r| extrapolated (the step d·r/(1 − r) grows without bound as r → 1).</summary>
    public const double MaxRatio = 0.99;

    private double _lastRatio = double.NaN;
    private double _differenceSquares = double.NaN; // ⟨d_{k−1}, d_{k−1}⟩ (NaN: no usable d_{k−1})
    private int _plainSweeps;                        // sweeps since the start or the last extrapolation
    private double _changeBeforeExtrapolation = double.NaN;
    private bool _enabled = true;

    public SweepExtrapolation(int n) => Difference = new double[n];

    /// <summary>
    /// The last sweep's difference d, kept by the caller while it sweeps: before writing node j's new value it adds
    /// d_j·Difference[j] to the cross product and d_j² to the squares, then stores d_j in Difference[j] (no extra
    /// pass over the vectors, no copy of x).
    /// </summary>
    public double[] Difference { get; }

    /// <summary>How many extrapolations were made.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// After a sweep that changed x by <paramref name="change"/> (Σ|d|), with <paramref name="cross"/> = ⟨d_k, d_{k−1}⟩
    /// and <paramref name="squares"/> = ⟨d_k, d_k⟩ gathered while sweeping: updates the ratio estimate and, when it is
    /// steady, extrapolates x in place.
    /// </summary>
    /// <returns>Whether x was extrapolated.</returns>
    public bool AfterSweep(double[] x, double change, double cross, double squares)
    {
        if (!_enabled) return false;
        if (!double.IsNaN(_changeBeforeExtrapolation))
        {
            // The first sweep after an extrapolation: keep extrapolating only if it helped.
            if (change > _changeBeforeExtrapolation) _enabled = false;
            _changeBeforeExtrapolation = double.NaN;
            if (!_enabled) return false;
        }
        _plainSweeps++;
        var ratio = _differenceSquares > 0 ? cross / _differenceSquares : double.NaN;
        // One real mode left means d_k ∥ d_{k−1}; a rotating pair (complex eigenvalues) has a steady ratio too, but
        // turns d by a fixed angle each sweep.
        var aligned = cross * cross >= MinAlignment * squares * _differenceSquares;
        _differenceSquares = squares;
        var steady = _plainSweeps >= 3 && aligned && Math.Abs(ratio) <= MaxRatio && Math.Abs(ratio - _lastRatio) <= RatioAgreement * Math.Abs(ratio);
        _lastRatio = ratio;
        if (!steady) return false;
        var factor = ratio / (1 - ratio);
        var d = Difference;
        for (var i = 0; i < x.Length; i++) x[i] += d[i] * factor;
        Count++;
        _changeBeforeExtrapolation = change;
        _plainSweeps = 0;
        _lastRatio = double.NaN;
        _differenceSquares = double.NaN;
        return true;
    }
}
