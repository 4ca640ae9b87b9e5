namespace AerakiGitOps.Xds.Server;

/// <summary>
/// The observable state of one stream, written by the stream and read by <c>/debug/clients</c>.
/// Guarded by its own lock so the debug endpoint never waits on protocol work.
/// </summary>
internal sealed class StreamStatus(long id, XdsApi api, string mode, string peer)
{
    private readonly Lock sync = new();
    private readonly DateTimeOffset connectedAt = DateTimeOffset.UtcNow;
    private string? nodeId;
    private string[] subscribed = [];
    private bool subscribedSorted = true;
    private string? lastSent;
    private string? lastAcked;
    private string? lastNack;

    public long Id => id;

    public string? NodeId
    {
        get
        {
            lock (sync)
            {
                return nodeId;
            }
        }
    }

    public void SetNode(string value)
    {
        lock (sync)
        {
            nodeId = value;
        }
    }

    /// <summary>
    /// Records the subscribed names. Call only when they changed: this copies them (unsorted); they
    /// are sorted when the status is read, not on every subscription change.
    /// </summary>
    public void SetSubscribed(IReadOnlyCollection<string> names)
    {
        var copy = new string[names.Count];
        var i = 0;
        foreach (var name in names)
        {
            copy[i++] = name;
        }

        lock (sync)
        {
            subscribed = copy;
            subscribedSorted = copy.Length < 2;
        }
    }

    public void SetSent(string version)
    {
        lock (sync)
        {
            lastSent = version;
        }
    }

    public void SetAcked(string version)
    {
        lock (sync)
        {
            lastAcked = version;
        }
    }

    public void SetNacked(string message)
    {
        lock (sync)
        {
            lastNack = message;
        }
    }

    public XdsClientInfo ToInfo()
    {
        XdsClientInfo info;
        bool sorted;
        lock (sync)
        {
            info = new XdsClientInfo(id, api.ToString().ToLowerInvariant(), mode, peer, nodeId, subscribed, lastSent, lastAcked, lastNack, connectedAt);
            sorted = subscribedSorted;
        }

        if (sorted)
        {
            return info;
        }

        // Sorted outside the lock, so a stream recording new names never waits for a sort; the sorted
        // copy replaces the unsorted array unless the names changed meanwhile.
        var unsorted = (string[])info.SubscribedNames;
        var names = (string[])unsorted.Clone();
        Array.Sort(names, StringComparer.Ordinal);
        lock (sync)
        {
            if (ReferenceEquals(subscribed, unsorted))
            {
                subscribed = names;
                subscribedSorted = true;
            }
        }

        return info with { SubscribedNames = names };
    }
}
