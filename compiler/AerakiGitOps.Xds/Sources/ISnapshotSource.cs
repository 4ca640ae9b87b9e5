namespace AerakiGitOps.Xds.Sources;

/// <summary>
/// Produces successive route snapshots: a folder written by <c>render</c>, or a git repository
/// compiled in process. Polled by <see cref="SnapshotReconciler"/>, one call at a time.
/// </summary>
public interface ISnapshotSource
{
    /// <summary>Where the snapshots come from, for logs and status.</summary>
    string Description { get; }

    /// <summary>
    /// Looks for a new revision. Returns <see cref="SnapshotLoadResult.Unchanged"/> when the revision
    /// seen last time is still current, so the reconciler does no work.
    /// </summary>
    Task<SnapshotLoadResult> LoadAsync(CancellationToken cancellationToken);
}
