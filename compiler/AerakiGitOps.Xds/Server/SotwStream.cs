using AerakiGitOps.Xds.Snapshots;
using Envoy.Service.Discovery.V3;

namespace AerakiGitOps.Xds.Server;

/// <summary>
/// A state-of-the-world stream (StreamRoutes or StreamAggregatedResources).
/// </summary>
/// <remarks>
/// <para>version_info is per stream: a hash over the (name, version) pairs of the subscribed names
/// that exist. A change to a route config another stream subscribes to leaves it unchanged, so
/// unaffected streams are never pushed.</para>
/// <para>Empty resource_names means "nothing", not "everything": RDS is not a wildcard-capable type
/// in Envoy, and the MetaProtocol proxy always names its route config.</para>
/// <para>Responses carry exactly the subscribed names that exist, and a response with no resources is
/// never sent (the proxy ignores it; for a non-wildcard type absence does not mean deletion).</para>
/// <para>Whether a response is due is decided from the pending names only (names newly subscribed or
/// touched by a snapshot change). Only when one of them differs from what was sent is the response
/// built, and then it carries every subscribed name that exists, as state of the world requires. A
/// request naming the same set as before (an ACK, a NACK, a repeat) changes nothing and builds
/// nothing.</para>
/// </remarks>
internal sealed class SotwStream(StreamServices services, XdsApi api, string peer)
    : DiscoveryStream<DiscoveryRequest, DiscoveryResponse>(services, api, "sotw", peer)
{
    private readonly PendingNames pending = new();
    private HashSet<string> subscribed = new(StringComparer.Ordinal);

    // The subscribed names in ordinal order, sorted on the first push after the subscription changed.
    private string[]? sortedSubscribed;

    // Resource versions in the latest response. A subscribed name is pushed when its version here
    // differs from the snapshot's, which covers both changes and newly subscribed names.
    private readonly Dictionary<string, string> sent = new(StringComparer.Ordinal);
    private readonly RejectedVersions rejected = new(services.Options.RejectedVersionMemory);
    private string? lastSentVersion;

    protected override bool Apply(DiscoveryRequest request)
    {
        TakeNode(request.Node);
        if (!IsServedType(request.TypeUrl))
        {
            return false;
        }

        // An empty nonce answers nothing (the first request, or a client that has not seen a
        // response yet); any other nonce must be the latest one sent or the request is stale.
        var nonce = request.ResponseNonce;
        if (nonce.Length > 0 && nonce != LatestNonce)
        {
            ReportStale(nonce);
            return false;
        }

        if (nonce.Length > 0)
        {
            RecordAckOrNack(request);
        }

        if (!subscribed.SetEquals(request.ResourceNames))
        {
            Resubscribe(request.ResourceNames);
        }

        return pending.Count > 0;
    }

    protected override bool NoteChange(SnapshotChange change)
    {
        // Removals alone are never pushed: absence is not deletion for RDS.
        var (matched, examined) = pending.AddCommon(change.Upserted, subscribed);
        Examined(examined);
        return matched > 0;
    }

    protected override IReadOnlyList<DiscoveryResponse> BuildResponses(XdsSnapshot snapshot)
    {
        var names = pending.TakeAll();
        Examined(names.Length);
        if (!names.Any(name => DiffersFromSent(snapshot, name)))
        {
            return [];
        }

        // From here on the response is state of the world: every subscribed name that exists.
        sortedSubscribed ??= [.. subscribed.Order(StringComparer.Ordinal)];
        Examined(sortedSubscribed.Length);
        var resources = new List<XdsResource>(sortedSubscribed.Length);
        foreach (var name in sortedSubscribed)
        {
            if (snapshot.Resources.TryGetValue(name, out var resource))
            {
                resources.Add(resource);
            }
        }

        var streamVersion = ContentHash.OfSortedPairs(resources.Select(r => KeyValuePair.Create(r.Name, r.Version)));
        if (rejected.Contains(streamVersion))
        {
            // Nothing sent, so these names still differ from what the client has: they stay pending
            // and are reconsidered on the next wake-up, as before.
            pending.AddRange(names);
            XdsServerLog.RejectedVersionSkipped(Services.Logger, Status.Id, streamVersion);
            return [];
        }

        var response = new DiscoveryResponse
        {
            VersionInfo = streamVersion,
            TypeUrl = XdsTypeUrls.RouteConfiguration,
        };
        response.Resources.AddRange(resources.Select(r => r.ToAny()));
        if (IsTooLarge(response))
        {
            pending.AddRange(names);
            return [];
        }

        response.Nonce = NextNonce();
        sent.Clear();
        foreach (var resource in resources)
        {
            sent[resource.Name] = resource.Version;
        }

        lastSentVersion = streamVersion;
        Status.SetSent(streamVersion);
        return [response];
    }

    protected override (string Version, int Resources, int Removed, string Nonce) Describe(DiscoveryResponse response) =>
        (response.VersionInfo, response.Resources.Count, 0, response.Nonce);

    private bool DiffersFromSent(XdsSnapshot snapshot, string name) =>
        subscribed.Contains(name)
        && snapshot.Resources.TryGetValue(name, out var resource)
        && (!sent.TryGetValue(name, out var version) || version != resource.Version);

    private void Resubscribe(IEnumerable<string> names)
    {
        var next = new HashSet<string>(names, StringComparer.Ordinal);
        foreach (var name in next)
        {
            if (!subscribed.Contains(name))
            {
                pending.Add(name);
            }
        }

        // Forget what was sent for names no longer subscribed, so a later re-subscription is
        // answered at once.
        foreach (var name in subscribed)
        {
            if (!next.Contains(name))
            {
                sent.Remove(name);
                pending.Remove(name);
            }
        }

        subscribed = next;
        sortedSubscribed = null;
        Status.SetSubscribed(subscribed);
    }

    private void RecordAckOrNack(DiscoveryRequest request)
    {
        // A NACK is told by error_detail, never by comparing versions: a NACK carries the last
        // version the client accepted.
        if (request.ErrorDetail is { } error)
        {
            Services.Metrics.Nacks.Increment(XdsTypeUrls.RouteConfiguration);
            Status.SetNacked(error.Message);
            XdsServerLog.Nacked(Services.Logger, Status.Id, Status.NodeId, lastSentVersion, error.Message);
            if (lastSentVersion is not null)
            {
                rejected.Add(lastSentVersion);
            }

            return;
        }

        Services.Metrics.Acks.Increment(XdsTypeUrls.RouteConfiguration);
        Status.SetAcked(request.VersionInfo);
        XdsServerLog.Acked(Services.Logger, Status.Id, request.VersionInfo);
    }
}
