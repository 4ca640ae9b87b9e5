namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>What `bench-serve` measures and at which sizes.</summary>
public sealed record ServeBenchOptions
{
    /// <summary>Services in the generated repository served to the streams.</summary>
    public int Services { get; init; } = 1000;

    /// <summary>Stream counts; one full run (storm, idle memory, commit-to-ACK) per value.</summary>
    public IReadOnlyList<int> Streams { get; init; } = [1000, 5000];

    /// <summary>Seed of <see cref="WorkloadGenerator"/>.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>One-file commits measured per stream count.</summary>
    public int Repetitions { get; init; } = 7;

    /// <summary>Services of the repository whose one-file recompile is timed; 0 skips it.</summary>
    public int RecompileServices { get; init; } = 10_000;

    /// <summary>How long unaffected streams are watched after each push for anything they should not get.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Upper bound of every wait, so a broken server fails the run instead of hanging it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The CI smoke settings: small, one repetition, well under 20 s.</summary>
    public static ServeBenchOptions Smoke(int seed) => new()
    {
        Services = 100,
        Streams = [100],
        Seed = seed,
        Repetitions = 1,
        RecompileServices = 0,
        Settle = TimeSpan.FromMilliseconds(200),
        Timeout = TimeSpan.FromSeconds(15),
    };
}
