using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AerakiGitOps.Compiler.Diff.Formatting;

/// <summary>
/// The diff as one JSON document with stable camelCase field names. Absent optional values are written as null
/// rather than left out, so consumers see the same shape every time.
/// </summary>
internal static class JsonDiffFormatter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // The output goes to a file or a pipe, never into HTML; keep `->`, `<` and `&` readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(PolicyDiff diff)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("baseCommit", diff.BaseCommit);
            json.WriteString("headCommit", diff.HeadCommit);
            json.WriteBoolean("changed", !diff.IsEmpty);
            json.WriteString("summary", diff.Summary);
            json.WriteStartArray("trafficShifts");
            foreach (var shift in diff.TrafficShifts)
            {
                WriteShift(json, shift);
            }

            json.WriteEndArray();
            json.WriteStartArray("routeConfigs");
            foreach (var config in diff.RouteConfigs)
            {
                json.WriteStartObject();
                json.WriteString("name", config.Name);
                json.WriteString("change", Word(config.Change));
                json.WriteStartArray("routes");
                foreach (var route in config.Routes)
                {
                    WriteRoute(json, route);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("manifests");
            foreach (var manifest in diff.Manifests)
            {
                json.WriteStartObject();
                json.WriteString("kind", manifest.Kind);
                json.WriteString("namespace", manifest.Namespace);
                json.WriteString("name", manifest.Name);
                json.WriteString("change", Word(manifest.Change));
                WriteStrings(json, "paths", manifest.Paths);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteShift(Utf8JsonWriter json, TrafficShift shift)
    {
        json.WriteStartObject();
        json.WriteString("routeConfig", shift.RouteConfig);
        json.WriteString("route", shift.Route);
        json.WriteString("kind", shift.IsMirror ? "mirror" : "route");
        json.WriteString("cluster", shift.Cluster);
        json.WriteString("target", shift.Target);
        json.WriteNumber("beforePercent", shift.Before);
        json.WriteNumber("afterPercent", shift.After);
        json.WriteString("condition", shift.Condition);
        json.WriteString("sentence", shift.Sentence);
        json.WriteEndObject();
    }

    private static void WriteRoute(Utf8JsonWriter json, RouteDiff route)
    {
        json.WriteStartObject();
        json.WriteString("name", route.Name);
        json.WriteString("change", Word(route.Change));
        WriteStrings(json, "aspects", route.Aspects.Select(AspectName));
        json.WritePropertyName("base");
        JsonRouteWriter.Write(json, route.Base);
        json.WritePropertyName("head");
        JsonRouteWriter.Write(json, route.Head);
        json.WriteEndObject();
    }

    /// <summary>camelCase of the enum member: hashPolicy, requestMutation, ...</summary>
    private static string AspectName(RouteAspect aspect) => JsonNamingPolicy.CamelCase.ConvertName(aspect.ToString());

    private static string Word(ChangeKind change) => change.ToString().ToLowerInvariant();

    internal static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
