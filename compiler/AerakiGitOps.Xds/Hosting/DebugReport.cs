using System.Text;
using System.Text.Json;
using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Sources;
using Envoy.Config.Route.V3;
using Google.Protobuf;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>Renders the <c>/debug/*</c> documents as JSON.</summary>
internal static class DebugReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly JsonFormatter Protobuf = new(JsonFormatter.Settings.Default.WithIndentation());

    /// <summary>The served route configurations, in name order, each as proto3 JSON.</summary>
    public static string Snapshot(XdsSnapshot? snapshot)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("version", snapshot?.Version);
            writer.WriteString("sourceCommit", snapshot?.SourceCommit);
            writer.WriteStartArray("routes");
            foreach (var resource in (snapshot?.Resources.Values ?? []).OrderBy(r => r.Name, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("name", resource.Name);
                writer.WriteString("version", resource.Version);
                writer.WritePropertyName("routeConfig");
                writer.WriteRawValue(Protobuf.Format(RouteConfiguration.Parser.ParseFrom(resource.Bytes)));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The open streams.</summary>
    public static string Clients(XdsClientRegistry registry) => JsonSerializer.Serialize(registry.List(), Json);

    /// <summary>What is served, since when, and the last rejected load.</summary>
    public static string Status(SnapshotCache cache, XdsMetrics metrics, ISnapshotSource source)
    {
        var served = cache.Current;
        var status = new
        {
            source = source.Description,
            ready = served is not null,
            served = served is null ? null : new { version = served.Version, sourceCommit = served.SourceCommit, routeConfigs = served.Resources.Count, publishedAt = cache.PublishedAt },
            successfulLoads = metrics.SuccessfulLoads,
            failedLoads = cache.FailedLoads,
            lastFailure = cache.LastFailure,
        };
        return JsonSerializer.Serialize(status, Json);
    }
}
