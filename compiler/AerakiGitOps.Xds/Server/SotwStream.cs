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
/// </remarks>
internal sealed class SotwStream(StreamServices services, XdsApi api, string peer)
    : DiscoveryStream<DiscoveryRequest, DiscoveryResponse>(services, api, "sotw", peer)
{
    private readonly HashSet<string> subscribed = new(StringComparer.Ordinal);

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

        subscribed.Clear();
        subscribed.UnionWith(request.ResourceNames);
        Status.SetSubscribed(subscribed);

        // Forget what was sent for names no longer subscribed, so a later re-subscription is
        // answered at once.
        foreach (var name in sent.Keys.Where(n => !subscribed.Contains(n)).ToList())
        {
            sent.Remove(name);
        }

        return true;
    }

    protected override bool IsAffectedBy(SnapshotChange change)
    {
        lock (Sync)
        {
            return subscribed.Overlaps(change.Upserted);
        }
    }

    protected override IReadOnlyList<DiscoveryResponse> BuildResponses(XdsSnapshot snapshot)
    {
        var resources = subscribed
            .Select(name => snapshot.Resources.GetValueOrDefault(name))
            .OfType<XdsResource>()
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        var changed = resources.Any(r => !sent.TryGetValue(r.Name, out var version) || version != r.Version);
        if (resources.Count == 0 || !changed)
        {
            return [];
        }

        var streamVersion = ContentHash.OfPairs(resources.Select(r => KeyValuePair.Create(r.Name, r.Version)));
        if (rejected.Contains(streamVersion))
        {
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
