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
    private IReadOnlyList<string> subscribed = [];
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

    public void SetSubscribed(IEnumerable<string> names)
    {
        var sorted = names.Order(StringComparer.Ordinal).ToArray();
        lock (sync)
        {
            subscribed = sorted;
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
        lock (sync)
        {
            return new XdsClientInfo(id, api.ToString().ToLowerInvariant(), mode, peer, nodeId, subscribed, lastSent, lastAcked, lastNack, connectedAt);
        }
    }
}
