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

    /// <summary>One text writer per thread for the JSON being formatted: its buffer is reused, not grown anew for each route config.</summary>
    [ThreadStatic]
    private static StringWriter? t_json;

    /// <summary><see cref="RouteJson"/> as UTF-8: formatted into the reused buffer and encoded into an array of its final size, with no string in between.</summary>
    public static byte[] RouteJsonBytes(SnapshotRoute route)
    {
        var writer = t_json ??= new StringWriter(new StringBuilder(16 * 1024), System.Globalization.CultureInfo.InvariantCulture);
        var text = writer.GetStringBuilder().Clear();
        RouteFormatter.Format(route.RouteConfig, writer);
        text.Append('\n');
        var chars = ArrayPool<char>.Shared.Rent(text.Length); // one copy, so a surrogate pair split across the builder's chunks stays whole
        byte[] bytes;
        try
        {
            text.CopyTo(0, chars, text.Length);
            var json = chars.AsSpan(0, text.Length);
            bytes = new byte[Encoding.UTF8.GetByteCount(json)];
            Encoding.UTF8.GetBytes(json, bytes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        if (text.Capacity > 1024 * 1024)
        {
            t_json = null; // an unusually large route config: do not keep its buffer alive on the thread
        }

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
