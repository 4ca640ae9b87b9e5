using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Sources;
using Envoy.Config.Route.V3;
using Google.Protobuf;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>Renders the <c>/debug/*</c> documents as JSON.</summary>
internal static class DebugReport
{
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
    public static string Clients(XdsClientRegistry registry) => JsonSerializer.Serialize(registry.List(), DebugJson.Default.IReadOnlyListXdsClientInfo);

    /// <summary>What is served, since when, and the last rejected load.</summary>
    public static string Status(SnapshotCache cache, XdsMetrics metrics, ISnapshotSource source)
    {
        var served = cache.Current;
        var status = new DebugStatus(
            source.Description,
            served is not null,
            served is null ? null : new DebugServedSnapshot(served.Version, served.SourceCommit, served.Resources.Count, cache.PublishedAt),
            metrics.SuccessfulLoads,
            cache.FailedLoads,
            cache.LastFailure);
        return JsonSerializer.Serialize(status, DebugJson.Default.DebugStatus);
    }
}

/// <summary>The <c>/debug/status</c> document.</summary>
internal sealed record DebugStatus(string Source, bool Ready, DebugServedSnapshot? Served, long SuccessfulLoads, long FailedLoads, SnapshotLoadFailure? LastFailure);

/// <summary>The served snapshot in <c>/debug/status</c>.</summary>
internal sealed record DebugServedSnapshot(string Version, string SourceCommit, int RouteConfigs, DateTimeOffset? PublishedAt);

/// <summary>The debug documents' serializers, generated at build time: no reflection, so the native build serves them too.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(DebugStatus))]
[JsonSerializable(typeof(IReadOnlyList<XdsClientInfo>))]
internal sealed partial class DebugJson : JsonSerializerContext;
