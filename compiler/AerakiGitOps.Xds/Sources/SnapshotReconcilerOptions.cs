namespace AerakiGitOps.Xds.Sources;

/// <summary>Timing of <see cref="SnapshotReconciler"/>.</summary>
public sealed class SnapshotReconcilerOptions
{
    /// <summary>How often the source is polled (the CLI's <c>--poll</c>).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long start-up waits for a pending (half-written) first revision to settle.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Pause between start-up retries of a pending first revision.</summary>
    public TimeSpan StartupRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
