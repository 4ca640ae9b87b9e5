using System.Text;
using System.Text.Json;
using AerakiGitOps.Protos.Snapshot;
using Google.Protobuf;

namespace AerakiGitOps.Compiler.Emit;

/// <summary>The route snapshot as files: routes/&lt;name&gt;.json for review, snapshot.pb to serve, snapshot.json as the index.</summary>
public static class SnapshotFiles
{
    private static readonly JsonFormatter RouteFormatter = new(JsonFormatter.Settings.Default.WithIndentation("  "));

    public static string RoutePath(string routeConfigName) => $"{OutputTree.RoutesFolder}/{routeConfigName}.json";

    /// <summary>Canonical proto3 JSON of one RouteConfiguration.</summary>
    public static string RouteJson(SnapshotRoute route) => RouteFormatter.Format(route.RouteConfig) + "\n";

    public static string Index(RouteSnapshot snapshot)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("version", snapshot.Version);
            json.WriteString("sourceCommit", snapshot.SourceCommit);
            json.WriteStartArray("routes");
            foreach (var route in snapshot.Routes)
            {
                json.WriteStartObject();
                json.WriteString("name", route.Name);
                json.WriteString("version", route.Version);
                json.WriteString("file", RoutePath(route.Name));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
