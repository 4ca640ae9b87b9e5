using System.Text.Json;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>Access log and tracing blocks from the mesh settings, with Aeraki's defaults.</summary>
internal static class ObservabilityPlanner
{
    internal const string DefaultTextFormat =
        "[%START_TIME%] %REQ(X-META-PROTOCOL-APPLICATION-PROTOCOL)% %RESPONSE_CODE% %RESPONSE_CODE_DETAILS% " +
        "%CONNECTION_TERMINATION_DETAILS% \"%UPSTREAM_TRANSPORT_FAILURE_REASON%\" %BYTES_RECEIVED% %BYTES_SENT% %DURATION%  " +
        "\"%REQ(X-FORWARDED-FOR)%\" \"%REQ(X-REQUEST-ID)%\" %UPSTREAM_CLUSTER% %UPSTREAM_LOCAL_ADDRESS% %DOWNSTREAM_LOCAL_ADDRESS% " +
        "%DOWNSTREAM_REMOTE_ADDRESS% %ROUTE_NAME%\n";

    private static readonly KeyValuePair<string, string>[] DefaultJsonFormat =
    [
        new("application_protocol", "%REQ(X-META-PROTOCOL-APPLICATION-PROTOCOL)%"),
        new("bytes_received", "%BYTES_RECEIVED%"),
        new("bytes_sent", "%BYTES_SENT%"),
        new("connection_termination_details", "%CONNECTION_TERMINATION_DETAILS%"),
        new("downstream_local_address", "%DOWNSTREAM_LOCAL_ADDRESS%"),
        new("downstream_remote_address", "%DOWNSTREAM_REMOTE_ADDRESS%"),
        new("duration", "%DURATION%"),
        new("request_id", "%REQ(X-REQUEST-ID)%"),
        new("response_code", "%RESPONSE_CODE%"),
        new("response_code_details", "%RESPONSE_CODE_DETAILS%"),
        new("route_name", "%ROUTE_NAME%"),
        new("start_time", "%START_TIME%"),
        new("upstream_cluster", "%UPSTREAM_CLUSTER%"),
        new("upstream_local_address", "%UPSTREAM_LOCAL_ADDRESS%"),
        new("upstream_transport_failure_reason", "%UPSTREAM_TRANSPORT_FAILURE_REASON%"),
    ];

    public static AccessLogView? AccessLog(MeshSettingsSpec mesh)
    {
        if (mesh.AccessLogFile.Length == 0)
        {
            return null;
        }

        if (mesh.AccessLogEncoding == "JSON")
        {
            return new AccessLogView(mesh.AccessLogFile, null, ParseJsonFormat(mesh.AccessLogFormat) ?? DefaultJsonFormat);
        }

        return new AccessLogView(mesh.AccessLogFile, string.IsNullOrEmpty(mesh.AccessLogFormat) ? DefaultTextFormat : mesh.AccessLogFormat, null);
    }

    /// <summary>Sampling is the mesh's defaultConfig.tracing.sampling when a tracing block exists, else 1 %.</summary>
    public static TracingView? Tracing(MeshSettingsSpec mesh)
        => mesh.EnableTracing ? new TracingView(100, mesh.TracingSampling ?? 1.0, 100) : null;

    /// <summary>A JSON object of string values, sorted by key; null when the text is not one (a rule reports it).</summary>
    internal static IReadOnlyList<KeyValuePair<string, string>>? ParseJsonFormat(string? format)
    {
        if (string.IsNullOrWhiteSpace(format))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(format);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return json.RootElement.EnumerateObject()
                .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
