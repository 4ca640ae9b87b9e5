using System.Threading.Channels;
using System.Threading.RateLimiting;
using AerakiGitOps.Xds.Snapshots;
using Envoy.Config.Core.V3;
using Google.Protobuf;
using Grpc.Core;

namespace AerakiGitOps.Xds.Server;

/// <summary>
/// One discovery stream. Two loops run per stream: the receive loop applies requests to the state,
/// the send loop turns the state plus the current snapshot into responses. They meet through a
/// wake-up channel of capacity one, so snapshot swaps and requests coalesce: a slow client that has
/// not drained its last response gets only the latest state once it does, and the publisher never
/// blocks on any stream.
/// </summary>
/// <remarks>All protocol state lives in the subclass and is guarded by <see cref="Sync"/>.</remarks>
internal abstract class DiscoveryStream<TRequest, TResponse> : ISnapshotWatcher
    where TRequest : class, IMessage
    where TResponse : class, IMessage
{
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly HashSet<string> reportedUnservedTypes = new(StringComparer.Ordinal);
    private long nonceCounter;
    private bool nodeSeen;
    private bool rateLimitReported;

    protected DiscoveryStream(StreamServices services, XdsApi api, string mode, string peer)
    {
        Services = services;
        Api = api;
        Mode = mode;
        Status = new StreamStatus(services.Registry.NextId(), api, mode, peer);
    }

    protected StreamServices Services { get; }

    protected XdsApi Api { get; }

    /// <summary>"sotw" or "delta", for logs and <c>/debug/clients</c>.</summary>
    protected string Mode { get; }

    protected StreamStatus Status { get; }

    protected Lock Sync { get; } = new();

    /// <summary>The nonce of the latest response sent (or about to be sent); null before the first.</summary>
    protected string? LatestNonce { get; private set; }

    /// <summary>Runs the stream until the client ends it, the call is cancelled or writing fails.</summary>
    public async Task RunAsync(IAsyncStreamReader<TRequest> requests, IServerStreamWriter<TResponse> responses, string peer, CancellationToken cancellationToken)
    {
        var services = Services;
        if (!services.Registry.TryAdd(Status, services.Options.MaxStreams))
        {
            services.Metrics.StreamRefused();
            XdsServerLog.StreamRefused(services.Logger, peer, services.Options.MaxStreams);
            throw new RpcException(new Grpc.Core.Status(StatusCode.ResourceExhausted, "xDS stream limit reached on this replica"));
        }

        services.Metrics.StreamOpened();
        XdsServerLog.StreamOpened(services.Logger, Status.Id, Api, Mode, peer);
        using var streamEnd = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var limiter = CreateLimiter(services.Options);
        using var watch = services.Cache.Watch(this);
        var sender = SendLoopAsync(responses, streamEnd);
        try
        {
            await ReceiveLoopAsync(requests, limiter, streamEnd.Token);
        }
        catch (OperationCanceledException) when (streamEnd.IsCancellationRequested)
        {
            // The client went away, the server is stopping or writing failed: a normal end.
        }
        catch (InvalidProtocolBufferException ex)
        {
            // Derives from IOException, so without this clause a stream of garbage would end with OK and
            // no trace: the proxy would reconnect and send it again.
            XdsServerLog.RequestUnreadable(services.Logger, Status.Id, Status.NodeId, ex.Message);
            throw new RpcException(new Grpc.Core.Status(StatusCode.InvalidArgument, "the request is not a valid xDS discovery request"));
        }
        catch (IOException)
        {
            // The client aborted the request; the call's token may not be cancelled yet when the
            // read fails, so this is not tied to it. Nothing is left to answer.
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.ResourceExhausted)
        {
            XdsServerLog.RequestFailed(services.Logger, Status.Id, Status.NodeId, ex.Status.Detail, services.Options.MaxReceiveMessageBytes);
            throw;
        }
        finally
        {
            await streamEnd.CancelAsync();
            await sender;
            services.Registry.Remove(Status);
            services.Metrics.StreamClosed();
            XdsServerLog.StreamClosed(services.Logger, Status.Id);
        }
    }

    /// <inheritdoc />
    public void OnSnapshotChanged(SnapshotChange change)
    {
        bool due;
        lock (Sync)
        {
            due = NoteChange(change);
        }

        if (due)
        {
            Wake();
        }
    }

    /// <summary>
    /// Applies one request to the state, under <see cref="Sync"/>. Returns true when a response may
    /// be due: some name is pending. A request that changes nothing (a plain ACK) returns false.
    /// </summary>
    protected abstract bool Apply(TRequest request);

    /// <summary>
    /// Under <see cref="Sync"/>: marks the names of <paramref name="change"/> that concern this stream
    /// as pending, at a cost that follows the smaller of the change and the stream's names. True when
    /// any did.
    /// </summary>
    protected abstract bool NoteChange(SnapshotChange change);

    /// <summary>
    /// Computes the responses due now, under <see cref="Sync"/>, assigning nonces with
    /// <see cref="NextNonce"/>. Looks at the pending names only. Empty when the client already has
    /// everything it asked for.
    /// </summary>
    protected abstract IReadOnlyList<TResponse> BuildResponses(XdsSnapshot snapshot);

    /// <summary>Counts names looked up, for <see cref="StreamWorkCounters"/>.</summary>
    protected void Examined(int names) => Services.Metrics.Work.Examined(names);

    /// <summary>The version and counts to log for a response just written.</summary>
    protected abstract (string Version, int Resources, int Removed, string Nonce) Describe(TResponse response);

    /// <summary>A fresh nonce, unique within this stream, recorded as the latest one.</summary>
    protected string NextNonce()
    {
        var nonce = (++nonceCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        LatestNonce = nonce;
        return nonce;
    }

    /// <summary>Keeps the node of the first request that carries one; later ones are ignored.</summary>
    protected void TakeNode(Node? node)
    {
        if (nodeSeen || node is null)
        {
            return;
        }

        nodeSeen = true;
        Status.SetNode(node.Id);
        XdsServerLog.NodeIdentified(Services.Logger, Status.Id, node.Id, node.Cluster);
    }

    /// <summary>
    /// True for the served type. Other types get no response at all (an empty SotW response would
    /// make a wildcard client drop its clusters or listeners) and are logged once per stream.
    /// </summary>
    protected bool IsServedType(string typeUrl)
    {
        // The per-type RDS service implies its type; Envoy fills type_url anyway.
        if (typeUrl == XdsTypeUrls.RouteConfiguration || (typeUrl.Length == 0 && Api == XdsApi.Rds))
        {
            return true;
        }

        Services.Metrics.UnservedTypeRequests.Increment(typeUrl);
        if (reportedUnservedTypes.Add(typeUrl))
        {
            XdsServerLog.UnservedType(Services.Logger, Status.Id, Status.NodeId, typeUrl);
        }

        return false;
    }

    /// <summary>Counts and logs a request whose nonce is not the latest one sent.</summary>
    protected void ReportStale(string nonce)
    {
        Services.Metrics.StaleRequests.Increment(XdsTypeUrls.RouteConfiguration);
        XdsServerLog.StaleRequest(Services.Logger, Status.Id, nonce, LatestNonce);
    }

    private void Wake()
    {
        Services.Metrics.Work.WokeUp();
        wake.Writer.TryWrite(true);
    }

    private async Task ReceiveLoopAsync(IAsyncStreamReader<TRequest> requests, TokenBucketRateLimiter limiter, CancellationToken cancellationToken)
    {
        while (await requests.MoveNext(cancellationToken))
        {
            await ThrottleAsync(limiter, cancellationToken);
            bool due;
            lock (Sync)
            {
                due = Apply(requests.Current);
            }

            if (due)
            {
                Wake();
            }
        }
    }

    private async Task ThrottleAsync(TokenBucketRateLimiter limiter, CancellationToken cancellationToken)
    {
        using var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return;
        }

        Services.Metrics.RequestRateLimited();
        if (!rateLimitReported)
        {
            rateLimitReported = true;
            XdsServerLog.RateLimited(Services.Logger, Status.Id, Status.NodeId, Services.Options.RequestsPerSecond, Services.Options.RequestBurst);
        }

        // Only this loop acquires, so waiting here slows down exactly this client.
        using var delayed = await limiter.AcquireAsync(1, cancellationToken);
    }

    private async Task SendLoopAsync(IServerStreamWriter<TResponse> responses, CancellationTokenSource streamEnd)
    {
        var cancellationToken = streamEnd.Token;
        try
        {
            while (await wake.Reader.WaitToReadAsync(cancellationToken))
            {
                wake.Reader.TryRead(out _);
                IReadOnlyList<TResponse> due = [];
                lock (Sync)
                {
                    // Read under the lock: a swap is published before its change is noted (under this
                    // lock), so a build never settles a pending name against a snapshot older than the
                    // change that made it pending.
                    var snapshot = Services.Cache.Current;
                    if (snapshot is not null)
                    {
                        Services.Metrics.Work.Built();
                        due = BuildResponses(snapshot);
                    }
                }

                foreach (var response in due)
                {
                    await WriteAsync(responses, response, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stream ending.
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or RpcException)
        {
            XdsServerLog.WriteFailed(Services.Logger, Status.Id, ex);
            await streamEnd.CancelAsync();
        }
    }

    /// <summary>
    /// True (and logged) when <paramref name="response"/> exceeds the send limit. Checked before a
    /// nonce is assigned and before the stream records anything as sent, so a dropped response leaves
    /// the protocol state exactly as it was.
    /// </summary>
    protected bool IsTooLarge(TResponse response)
    {
        // Room for the nonce that is not assigned yet.
        var size = response.CalculateSize() + 32;
        if (size <= Services.Options.MaxSendMessageBytes)
        {
            return false;
        }

        Services.Metrics.ResponseOversized();
        XdsServerLog.ResponseTooLarge(Services.Logger, Status.Id, Status.NodeId, size, Services.Options.MaxSendMessageBytes);
        return true;
    }

    private async Task WriteAsync(IServerStreamWriter<TResponse> responses, TResponse response, CancellationToken cancellationToken)
    {
        await responses.WriteAsync(response, cancellationToken);
        Services.Metrics.Pushes.Increment(XdsTypeUrls.RouteConfiguration);
        var (version, resources, removed, nonce) = Describe(response);
        XdsServerLog.Pushed(Services.Logger, Status.Id, version, resources, removed, nonce);
    }

    // Refilled every 100 ms rather than once a second, so a throttled client waits a little, not a
    // whole second.
    private static TokenBucketRateLimiter CreateLimiter(XdsServerOptions options) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, options.RequestBurst),
        TokensPerPeriod = Math.Max(1, (options.RequestsPerSecond + 9) / 10),
        ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
        QueueLimit = 1,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });
}
