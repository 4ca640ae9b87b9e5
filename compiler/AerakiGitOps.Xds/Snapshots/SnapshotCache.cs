using System.Collections.Concurrent;

namespace AerakiGitOps.Xds.Snapshots;

/// <summary>
/// Holds the served snapshot. <see cref="Publish"/> swaps it atomically (readers see the old or the
/// new snapshot, never a mix), then tells the watchers which names changed. Failed loads never touch
/// the served snapshot; they are only recorded for status and metrics.
/// </summary>
public sealed class SnapshotCache : ISnapshotCache
{
    private readonly Lock publishLock = new();

    // Keyed by a registration id so connecting or disconnecting one stream costs O(1) rather than a
    // copy of every watcher. Ids are sequential and hash to themselves, so the enumeration order in
    // Publish is deterministic (registration order while the table has more buckets than watchers).
    private readonly ConcurrentDictionary<long, ISnapshotWatcher> watchers = new();
    private long nextRegistration;
    private XdsSnapshot? current;
    private SnapshotLoadFailure? lastFailure;
    private long failedLoads;

    /// <inheritdoc />
    public XdsSnapshot? Current => Volatile.Read(ref current);

    /// <summary>The most recent rejected load, or null when none failed since start.</summary>
    public SnapshotLoadFailure? LastFailure => Volatile.Read(ref lastFailure);

    /// <summary>How many loads failed since start.</summary>
    public long FailedLoads => Interlocked.Read(ref failedLoads);

    /// <summary>When the served snapshot was published.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <inheritdoc />
    public IDisposable Watch(ISnapshotWatcher watcher)
    {
        ArgumentNullException.ThrowIfNull(watcher);
        var id = Interlocked.Increment(ref nextRegistration);
        watchers[id] = watcher;
        return new Registration(this, id);
    }

    /// <summary>How many watchers are registered.</summary>
    internal int WatcherCount => watchers.Count;

    /// <summary>
    /// Serves <paramref name="snapshot"/> from now on and notifies watchers of the changed names.
    /// Watchers run after the swap, so a stream that reacts always reads the new snapshot.
    /// </summary>
    /// <returns>The change, or null when the content is identical to what is served.</returns>
    public SnapshotChange? Publish(XdsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        SnapshotChange change;
        lock (publishLock)
        {
            var previous = Current;
            change = Diff(previous, snapshot);
            Volatile.Write(ref current, snapshot);
            PublishedAt = DateTimeOffset.UtcNow;
            if (previous is not null && change.Upserted.Count == 0 && change.Removed.Count == 0)
            {
                return null;
            }

            // Notifying under the lock keeps the order of changes seen by watchers equal to the order
            // of swaps; watchers only flag their stream, so this is cheap. Enumerating the concurrent
            // table takes no lock and copies nothing; a watcher added meanwhile may be skipped, which is
            // harmless: it registered after the swap, so its first read of Current sees this snapshot.
            foreach (var (_, watcher) in watchers)
            {
                watcher.OnSnapshotChanged(change);
            }
        }

        return change;
    }

    /// <summary>Records a rejected load. The served snapshot is left as it is.</summary>
    public void RecordFailure(SnapshotLoadFailure failure)
    {
        Volatile.Write(ref lastFailure, failure);
        Interlocked.Increment(ref failedLoads);
    }

    private static SnapshotChange Diff(XdsSnapshot? previous, XdsSnapshot next)
    {
        var upserted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, resource) in next.Resources)
        {
            if (previous is null || !previous.Resources.TryGetValue(name, out var old) || old.Version != resource.Version)
            {
                upserted.Add(name);
            }
        }

        var removed = new HashSet<string>(StringComparer.Ordinal);
        if (previous is not null)
        {
            removed.UnionWith(previous.Resources.Keys.Where(name => !next.Resources.ContainsKey(name)));
        }

        return new SnapshotChange(next, upserted, removed);
    }

    private sealed class Registration(SnapshotCache cache, long id) : IDisposable
    {
        public void Dispose() => cache.watchers.TryRemove(id, out _);
    }
}
