using AerakiGitOps.Xds.Snapshots;
using Envoy.Service.Discovery.V3;

namespace AerakiGitOps.Xds.Server;

/// <summary>
/// An incremental stream (DeltaRoutes or DeltaAggregatedResources).
/// </summary>
/// <remarks>
/// <para>Per-resource versions are the route versions; system_version_info is the snapshot version.
/// The stream tracks which version of each name the client holds (seeded from
/// initial_resource_versions on reconnect) and sends only what differs.</para>
/// <para>Subscription changes are honoured even in requests with a stale nonce; only the ACK/NACK
/// meaning of such a request is ignored.</para>
/// <para>Make before break: when one swap both adds or changes and removes names this stream
/// subscribes to, the additions go out in one response and the removals in the next. Removals are
/// only computed after the swap, from the snapshot then served.</para>
/// <para>"*" is not special: RDS is not wildcard-capable, so it is an ordinary (non-existent) name.</para>
/// <para>Work follows what changed: a build looks only at the pending names (all names once, on the
/// first request; then newly subscribed names and names a snapshot change touched), never at every
/// subscribed or held name, and a request that changes no subscription (a plain ACK) builds nothing.</para>
/// </remarks>
internal sealed class DeltaStream(StreamServices services, XdsApi api, string peer)
    : DiscoveryStream<DeltaDiscoveryRequest, DeltaDiscoveryResponse>(services, api, "delta", peer)
{
    private readonly HashSet<string> subscribed = new(StringComparer.Ordinal);

    // What the client holds, name -> resource version, as far as this stream knows.
    private readonly Dictionary<string, string> held = new(StringComparer.Ordinal);
    private readonly PendingNames pending = new();
    private readonly RejectedVersions rejected = new(services.Options.RejectedVersionMemory);
    private IReadOnlyList<KeyValuePair<string, string>> latestSent = [];
    private string? latestSystemVersion;
    private bool firstServedRequest = true;

    protected override bool Apply(DeltaDiscoveryRequest request)
    {
        TakeNode(request.Node);
        if (!IsServedType(request.TypeUrl))
        {
            return false;
        }

        // initial_resource_versions only has meaning on the first request of a stream.
        if (firstServedRequest)
        {
            firstServedRequest = false;
            foreach (var (name, version) in request.InitialResourceVersions)
            {
                held[name] = version;
            }

            // The one full pass: a held name that is gone must be announced as removed.
            pending.AddRange(held.Keys);
        }

        ApplySubscriptionChanges(request);
        var nonce = request.ResponseNonce;
        if (nonce.Length > 0 && nonce != LatestNonce)
        {
            ReportStale(nonce);
        }
        else if (nonce.Length > 0)
        {
            RecordAckOrNack(request);
        }

        return pending.Count > 0;
    }

    protected override bool NoteChange(SnapshotChange change)
    {
        // A removed name matters only if the client holds it; an upserted one if it is subscribed.
        var (upserted, upsertLookups) = pending.AddCommon(change.Upserted, subscribed);
        var (removed, removalLookups) = pending.AddCommon(change.Removed, held);
        Examined(upsertLookups + removalLookups);
        return upserted + removed > 0;
    }

    protected override IReadOnlyList<DeltaDiscoveryResponse> BuildResponses(XdsSnapshot snapshot)
    {
        var names = pending.TakeAll();
        Examined(names.Length);
        var upserts = new List<XdsResource>();
        var removals = new List<string>();
        foreach (var name in names)
        {
            if (!snapshot.Resources.TryGetValue(name, out var resource))
            {
                if (held.ContainsKey(name))
                {
                    removals.Add(name);
                }
            }
            else if (subscribed.Contains(name) && (!held.TryGetValue(name, out var version) || version != resource.Version))
            {
                if (rejected.Contains(Key(name, resource.Version)))
                {
                    // Still differs from what the client holds: reconsidered on the next wake-up.
                    pending.Add(name);
                }
                else
                {
                    upserts.Add(resource);
                }
            }
        }

        upserts.Sort(static (x, y) => string.CompareOrdinal(x.Name, y.Name));
        removals.Sort(StringComparer.Ordinal);
        var responses = new List<DeltaDiscoveryResponse>(2);
        var upsertResponse = new DeltaDiscoveryResponse();
        upsertResponse.Resources.AddRange(upserts.Select(r => new Resource { Name = r.Name, Version = r.Version, Resource_ = r.ToAny() }));
        if (upserts.Count > 0 && IsTooLarge(upsertResponse))
        {
            // Not sent, so nothing changed for the client: these stay pending.
            pending.AddRange(upserts.Select(r => r.Name));
        }
        else if (upserts.Count > 0)
        {
            var response = NewResponse(snapshot);
            response.Resources.AddRange(upsertResponse.Resources);
            foreach (var resource in upserts)
            {
                held[resource.Name] = resource.Version;
            }

            latestSent = [.. upserts.Select(r => KeyValuePair.Create(r.Name, r.Version))];
            responses.Add(response);
        }

        if (removals.Count > 0)
        {
            var response = NewResponse(snapshot);
            response.RemovedResources.AddRange(removals);
            foreach (var name in removals)
            {
                held.Remove(name);
            }

            latestSent = [];
            responses.Add(response);
        }

        return responses;
    }

    protected override (string Version, int Resources, int Removed, string Nonce) Describe(DeltaDiscoveryResponse response) =>
        (response.SystemVersionInfo, response.Resources.Count, response.RemovedResources.Count, response.Nonce);

    private DeltaDiscoveryResponse NewResponse(XdsSnapshot snapshot)
    {
        latestSystemVersion = snapshot.Version;
        Status.SetSent(snapshot.Version);
        return new DeltaDiscoveryResponse
        {
            SystemVersionInfo = snapshot.Version,
            TypeUrl = XdsTypeUrls.RouteConfiguration,
            Nonce = NextNonce(),
        };
    }

    private void ApplySubscriptionChanges(DeltaDiscoveryRequest request)
    {
        var changed = false;
        foreach (var name in request.ResourceNamesUnsubscribe)
        {
            changed |= subscribed.Remove(name);
            held.Remove(name);
            pending.Remove(name);
        }

        foreach (var name in request.ResourceNamesSubscribe)
        {
            if (!subscribed.Add(name))
            {
                continue;
            }

            // A newly subscribed name is answered at once unless the client said it already holds it.
            changed = true;
            pending.Add(name);
            if (!request.InitialResourceVersions.ContainsKey(name))
            {
                held.Remove(name);
            }
        }

        if (changed)
        {
            Status.SetSubscribed(subscribed);
        }
    }

    private void RecordAckOrNack(DeltaDiscoveryRequest request)
    {
        if (request.ErrorDetail is { } error)
        {
            Services.Metrics.Nacks.Increment(XdsTypeUrls.RouteConfiguration);
            Status.SetNacked(error.Message);
            XdsServerLog.Nacked(Services.Logger, Status.Id, Status.NodeId, latestSystemVersion, error.Message);

            // The client kept its old copies; the stream still records the rejected versions as held
            // so they are not pushed again, and remembers them in case content flips back later.
            foreach (var (name, version) in latestSent)
            {
                rejected.Add(Key(name, version));
            }

            return;
        }

        Services.Metrics.Acks.Increment(XdsTypeUrls.RouteConfiguration);
        if (latestSystemVersion is not null)
        {
            Status.SetAcked(latestSystemVersion);
            XdsServerLog.Acked(Services.Logger, Status.Id, latestSystemVersion);
        }
    }

    private static string Key(string name, string version) => name + "\0" + version;
}
