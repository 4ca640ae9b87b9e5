namespace AerakiGitOps.Xds.Snapshots;

/// <summary>
/// The one interface between the protocol handling and the snapshot cache (as in
/// go-control-plane): the protocol code reads the current snapshot and watches for changes.
/// </summary>
public interface ISnapshotCache
{
    /// <summary>The snapshot being served, or null before the first good load.</summary>
    XdsSnapshot? Current { get; }

    /// <summary>Registers a watcher; dispose the result to stop watching.</summary>
    IDisposable Watch(ISnapshotWatcher watcher);
}
