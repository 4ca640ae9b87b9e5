using AerakiGitOps.Xds.Snapshots;

namespace AerakiGitOps.Xds.Tests.Infrastructure;

/// <summary>A cache the test drives by hand: it says exactly which names changed.</summary>
internal sealed class FakeSnapshotCache : ISnapshotCache
{
    private readonly List<ISnapshotWatcher> watchers = [];

    public XdsSnapshot? Current { get; private set; }

    public int WatcherCount
    {
        get
        {
            lock (watchers)
            {
                return watchers.Count;
            }
        }
    }

    public IDisposable Watch(ISnapshotWatcher watcher)
    {
        lock (watchers)
        {
            watchers.Add(watcher);
        }

        return new Unwatch(this, watcher);
    }

    /// <summary>Serves <paramref name="snapshot"/> and reports the given names as changed.</summary>
    public void Set(XdsSnapshot snapshot, IEnumerable<string>? upserted = null, IEnumerable<string>? removed = null)
    {
        Current = snapshot;
        var change = new SnapshotChange(
            snapshot,
            new HashSet<string>(upserted ?? snapshot.Resources.Keys, StringComparer.Ordinal),
            new HashSet<string>(removed ?? [], StringComparer.Ordinal));
        List<ISnapshotWatcher> copy;
        lock (watchers)
        {
            copy = [.. watchers];
        }

        foreach (var watcher in copy)
        {
            watcher.OnSnapshotChanged(change);
        }
    }

    private sealed class Unwatch(FakeSnapshotCache cache, ISnapshotWatcher watcher) : IDisposable
    {
        public void Dispose()
        {
            lock (cache.watchers)
            {
                cache.watchers.Remove(watcher);
            }
        }
    }
}
