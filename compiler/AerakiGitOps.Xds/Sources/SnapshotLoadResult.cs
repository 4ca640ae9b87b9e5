using AerakiGitOps.Protos.Snapshot;

namespace AerakiGitOps.Xds.Sources;

/// <summary>The result of one poll of an <see cref="ISnapshotSource"/>.</summary>
public sealed record SnapshotLoadResult
{
    private SnapshotLoadResult(SnapshotLoadOutcome outcome, RouteSnapshot? snapshot, string sourceCommit, string diagnostics)
    {
        Outcome = outcome;
        Snapshot = snapshot;
        SourceCommit = sourceCommit;
        Diagnostics = diagnostics;
    }

    /// <summary>What happened.</summary>
    public SnapshotLoadOutcome Outcome { get; }

    /// <summary>The compiled snapshot when <see cref="Outcome"/> is <see cref="SnapshotLoadOutcome.Loaded"/>.</summary>
    public RouteSnapshot? Snapshot { get; }

    /// <summary>The commit (or folder version) this result is about; may be empty.</summary>
    public string SourceCommit { get; }

    /// <summary>Diagnostics text for failures, reason for pending results; empty otherwise.</summary>
    public string Diagnostics { get; }

    /// <summary>Nothing new.</summary>
    public static SnapshotLoadResult Unchanged { get; } = new(SnapshotLoadOutcome.Unchanged, null, "", "");

    /// <summary>A new snapshot. Its source commit is taken from the message.</summary>
    public static SnapshotLoadResult Loaded(RouteSnapshot snapshot) =>
        new(SnapshotLoadOutcome.Loaded, snapshot ?? throw new ArgumentNullException(nameof(snapshot)), snapshot.SourceCommit, "");

    /// <summary>A broken revision, with the diagnostics that say why.</summary>
    public static SnapshotLoadResult Failed(string sourceCommit, string diagnostics) =>
        new(SnapshotLoadOutcome.Failed, null, sourceCommit, diagnostics);

    /// <summary>An incomplete revision; <paramref name="reason"/> is logged.</summary>
    public static SnapshotLoadResult Pending(string sourceCommit, string reason) =>
        new(SnapshotLoadOutcome.Pending, null, sourceCommit, reason);
}
