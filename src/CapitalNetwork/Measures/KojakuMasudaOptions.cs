namespace CapitalNetwork.Measures;

/// <summary>Options of the Kojaku–Masuda core–periphery pairs. Change with <c>with</c>.</summary>
public sealed record KojakuMasudaOptions
{
    /// <summary>Undirected binary view, configuration null model, 10 runs, seed 42, at most 100 sweeps per run.</summary>
    public static KojakuMasudaOptions Default { get; } = new();

    /// <summary>The view: undirected only (binary by default; weighted with w_ij + w_ji).</summary>
    public NetworkView View { get; init; } = NetworkView.UndirectedBinary;

    /// <summary>The null model of the quality function.</summary>
    public KojakuMasudaNullModel NullModel { get; init; } = KojakuMasudaNullModel.Configuration;

    /// <summary>Independent label-switching runs (default 10); the best quality is kept.</summary>
    public int Runs { get; init; } = 10;

    /// <summary>Seed of the sweep orders (run r uses stream (seed, r)).</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Maximum sweeps per run (default 100).</summary>
    public int MaxSweeps { get; init; } = 100;
}
