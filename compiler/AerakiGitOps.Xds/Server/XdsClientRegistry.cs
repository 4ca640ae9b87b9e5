using System.Collections.Concurrent;

namespace AerakiGitOps.Xds.Server;

/// <summary>The open streams of this replica: enforces the stream limit and feeds <c>/debug/clients</c>.</summary>
public sealed class XdsClientRegistry
{
    private readonly ConcurrentDictionary<long, StreamStatus> streams = new();
    private long nextId;
    private int count;

    /// <summary>How many streams are open.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>Open streams, by stream id.</summary>
    public IReadOnlyList<XdsClientInfo> List() => [.. streams.Values.Select(s => s.ToInfo()).OrderBy(s => s.StreamId)];

    internal long NextId() => Interlocked.Increment(ref nextId);

    internal bool TryAdd(StreamStatus status, int limit)
    {
        // Reserve a slot first so two racing streams cannot both take the last one.
        if (Interlocked.Increment(ref count) > limit)
        {
            Interlocked.Decrement(ref count);
            return false;
        }

        streams[status.Id] = status;
        return true;
    }

    internal void Remove(StreamStatus status)
    {
        if (streams.TryRemove(status.Id, out _))
        {
            Interlocked.Decrement(ref count);
        }
    }
}
