namespace AerakiGitOps.Xds.Server;

/// <summary>
/// Counters of the serving side, updated lock-free by the streams and the reconciler and rendered by
/// the <c>/metrics</c> endpoint. Counters by type URL make NACK storms of one type visible.
/// </summary>
public sealed class XdsMetrics
{
    private long connectedStreams;
    private long refusedStreams;
    private long rateLimitedRequests;
    private long oversizedResponses;
    private long successfulLoads;
    private long lastLoadDurationTicks;

    /// <summary>Responses written, by type URL.</summary>
    public LabeledCounter Pushes { get; } = new();

    /// <summary>ACKs received, by type URL.</summary>
    public LabeledCounter Acks { get; } = new();

    /// <summary>NACKs received, by type URL.</summary>
    public LabeledCounter Nacks { get; } = new();

    /// <summary>Requests ignored because their nonce was not the latest sent, by type URL.</summary>
    public LabeledCounter StaleRequests { get; } = new();

    /// <summary>Requests for type URLs this server does not serve, by type URL.</summary>
    public LabeledCounter UnservedTypeRequests { get; } = new();

    /// <summary>Work done by the streams (wake-ups, builds, names examined), for tests.</summary>
    internal StreamWorkCounters Work { get; } = new();

    /// <summary>Streams open now.</summary>
    public long ConnectedStreams => Interlocked.Read(ref connectedStreams);

    /// <summary>Streams refused because of the stream limit.</summary>
    public long RefusedStreams => Interlocked.Read(ref refusedStreams);

    /// <summary>Requests that had to wait for the per-stream rate limit.</summary>
    public long RateLimitedRequests => Interlocked.Read(ref rateLimitedRequests);

    /// <summary>Responses not sent because they exceeded the message size limit.</summary>
    public long OversizedResponses => Interlocked.Read(ref oversizedResponses);

    /// <summary>Snapshots loaded (or compiled) and published successfully.</summary>
    public long SuccessfulLoads => Interlocked.Read(ref successfulLoads);

    /// <summary>Duration of the last load or compile, good or bad.</summary>
    public TimeSpan LastLoadDuration => TimeSpan.FromTicks(Interlocked.Read(ref lastLoadDurationTicks));

    internal void StreamOpened() => Interlocked.Increment(ref connectedStreams);

    internal void StreamClosed() => Interlocked.Decrement(ref connectedStreams);

    internal void StreamRefused() => Interlocked.Increment(ref refusedStreams);

    internal void RequestRateLimited() => Interlocked.Increment(ref rateLimitedRequests);

    internal void ResponseOversized() => Interlocked.Increment(ref oversizedResponses);

    /// <summary>Records one load attempt of the snapshot source.</summary>
    public void LoadFinished(TimeSpan duration, bool succeeded)
    {
        Interlocked.Exchange(ref lastLoadDurationTicks, duration.Ticks);
        if (succeeded)
        {
            Interlocked.Increment(ref successfulLoads);
        }
    }
}
