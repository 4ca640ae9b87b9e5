namespace AerakiGitOps.Xds.Snapshots;

/// <summary>Receives snapshot swaps. Implementations must return quickly and never block.</summary>
public interface ISnapshotWatcher
{
    /// <summary>Called after the swap, on the publishing thread.</summary>
    void OnSnapshotChanged(SnapshotChange change);
}
