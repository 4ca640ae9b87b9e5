using System.Buffers;
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

    /// <summary><see cref="RouteJson"/> as UTF-8, encoded once into an array of its final size.</summary>
    public static byte[] RouteJsonBytes(SnapshotRoute route)
    {
        var json = RouteFormatter.Format(route.RouteConfig);
        var bytes = new byte[Encoding.UTF8.GetByteCount(json) + 1];
        Encoding.UTF8.GetBytes(json, bytes);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    public static string Index(RouteSnapshot snapshot) => Encoding.UTF8.GetString(IndexBytes(snapshot));

    /// <summary>The index as UTF-8 with LF line endings and a final newline.</summary>
    public static byte[] IndexBytes(RouteSnapshot snapshot)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + (snapshot.Routes.Count * 160));
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
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

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
