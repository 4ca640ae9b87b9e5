using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Snapshots;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>Renders <c>/metrics</c>. Metric names are part of the operator interface: do not rename.</summary>
internal static class MetricsReport
{
    public static string Render(XdsMetrics metrics, SnapshotCache cache)
    {
        var text = new PrometheusText();
        text.Family("aeraki_gitops_xds_connected_streams", "gauge", "Discovery streams open now.")
            .Sample("aeraki_gitops_xds_connected_streams", metrics.ConnectedStreams);
        ByType(text, "aeraki_gitops_xds_pushes_total", "Discovery responses sent.", metrics.Pushes);
        ByType(text, "aeraki_gitops_xds_acks_total", "ACKs received.", metrics.Acks);
        ByType(text, "aeraki_gitops_xds_nacks_total", "NACKs received.", metrics.Nacks);
        ByType(text, "aeraki_gitops_xds_stale_requests_total", "Requests ignored because their nonce was not the latest sent.", metrics.StaleRequests);
        ByType(text, "aeraki_gitops_xds_unserved_type_requests_total", "Requests for type URLs this server does not serve.", metrics.UnservedTypeRequests, includeServedType: false);
        Counter(text, "aeraki_gitops_xds_refused_streams_total", "Streams refused by the stream limit.", metrics.RefusedStreams);
        Counter(text, "aeraki_gitops_xds_rate_limited_requests_total", "Requests delayed by the per-stream rate limit.", metrics.RateLimitedRequests);
        Counter(text, "aeraki_gitops_xds_oversized_responses_total", "Responses not sent because they exceeded the message size limit.", metrics.OversizedResponses);

        var served = cache.Current;
        text.Family("aeraki_gitops_snapshot_info", "gauge", "The served snapshot; its version and source commit are labels.");
        if (served is not null)
        {
            text.Sample("aeraki_gitops_snapshot_info", 1, ("version", served.Version), ("source_commit", served.SourceCommit));
        }

        text.Family("aeraki_gitops_snapshot_route_configs", "gauge", "Route configurations in the served snapshot.")
            .Sample("aeraki_gitops_snapshot_route_configs", served?.Resources.Count ?? 0);
        text.Family("aeraki_gitops_ready", "gauge", "1 once a snapshot is served.")
            .Sample("aeraki_gitops_ready", served is null ? 0 : 1);
        text.Family("aeraki_gitops_snapshot_load_duration_seconds", "gauge", "Duration of the last load or compile of the snapshot source.")
            .Sample("aeraki_gitops_snapshot_load_duration_seconds", metrics.LastLoadDuration.TotalSeconds);
        Counter(text, "aeraki_gitops_snapshot_loads_total", "Snapshots loaded and published.", metrics.SuccessfulLoads);
        Counter(text, "aeraki_gitops_snapshot_failed_loads_total", "Snapshot loads or compiles rejected; the last good snapshot stayed in service.", cache.FailedLoads);
        text.Family("aeraki_gitops_snapshot_last_failure_timestamp_seconds", "gauge", "Unix time of the last rejected load, 0 when none.")
            .Sample("aeraki_gitops_snapshot_last_failure_timestamp_seconds", cache.LastFailure?.Time.ToUnixTimeSeconds() ?? 0);
        return text.ToString();
    }

    private static void Counter(PrometheusText text, string name, string help, long value) =>
        text.Family(name, "counter", help).Sample(name, value);

    private static void ByType(PrometheusText text, string name, string help, LabeledCounter counter, bool includeServedType = true)
    {
        text.Family(name, "counter", help);
        var values = counter.Snapshot().ToList();

        // The served type is always present, so dashboards and alerts see 0 rather than no series.
        if (includeServedType && values.All(v => v.Key != XdsTypeUrls.RouteConfiguration))
        {
            values.Insert(0, KeyValuePair.Create(XdsTypeUrls.RouteConfiguration, 0L));
        }

        foreach (var (typeUrl, value) in values)
        {
            text.Sample(name, value, ("type_url", typeUrl));
        }
    }
}
