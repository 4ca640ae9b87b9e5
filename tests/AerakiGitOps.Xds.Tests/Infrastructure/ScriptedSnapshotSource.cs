using System.Collections.Concurrent;
using AerakiGitOps.Xds.Sources;

namespace AerakiGitOps.Xds.Tests.Infrastructure;

/// <summary>A source that returns queued results, then Unchanged.</summary>
internal sealed class ScriptedSnapshotSource : ISnapshotSource
{
    private readonly ConcurrentQueue<SnapshotLoadResult> results = new();
    private int polls;

    public string Description => "scripted source";

    public int Polls => Volatile.Read(ref polls);

    public ScriptedSnapshotSource Then(SnapshotLoadResult result)
    {
        results.Enqueue(result);
        return this;
    }

    public Task<SnapshotLoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref polls);
        return Task.FromResult(results.TryDequeue(out var result) ? result : SnapshotLoadResult.Unchanged);
    }
}
