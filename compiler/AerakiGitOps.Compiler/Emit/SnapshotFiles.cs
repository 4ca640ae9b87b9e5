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

    /// <summary>One buffer per thread for the JSON being written; its bytes are copied out once, at their final size.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_json;

    /// <summary>
    /// <see cref="RouteJson"/> as UTF-8: written by <see cref="RouteJsonWriter"/> into a reused buffer, or by
    /// JsonFormatter when the route config holds a string or value that writer leaves to it.
    /// </summary>
    public static byte[] RouteJsonBytes(SnapshotRoute route)
    {
        var buffer = t_json ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        if (!RouteJsonWriter.TryWrite(route.RouteConfig, buffer))
        {
            return Encoding.UTF8.GetBytes(RouteJson(route));
        }

        buffer.Write("\n"u8);
        var bytes = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > 1024 * 1024)
        {
            t_json = null; // an unusually large route config: do not keep its buffer alive on the thread
        }

        return bytes;
    }

    /// <summary>
    /// snapshot.pb: the snapshot's protobuf bytes. Given the bytes of each route config (in route order), the message is
    /// framed around them as the generated code writes it (fields in number order, empty strings left out, every
    /// route's route_config present), so no route config is serialised again; otherwise it is serialised whole.
    /// </summary>
    public static byte[] BinaryBytes(RouteSnapshot snapshot, IReadOnlyList<byte[]>? routeConfigBytes = null)
    {
        if (routeConfigBytes is null)
        {
            return snapshot.ToByteArray();
        }

        if (routeConfigBytes.Count != snapshot.Routes.Count)
        {
            throw new ArgumentException($"{routeConfigBytes.Count} route config(s) of bytes for {snapshot.Routes.Count} route(s)", nameof(routeConfigBytes));
        }

        const int Version = 1, SourceCommit = 2, Routes = 3, RouteName = 1, RouteVersion = 2, RouteConfig = 3;
        var routeSizes = new int[snapshot.Routes.Count];
        var size = StringFieldSize(Version, snapshot.Version) + StringFieldSize(SourceCommit, snapshot.SourceCommit);
        for (var i = 0; i < routeSizes.Length; i++)
        {
            var route = snapshot.Routes[i];
            routeSizes[i] = StringFieldSize(RouteName, route.Name) + StringFieldSize(RouteVersion, route.Version)
                + CodedOutputStream.ComputeTagSize(RouteConfig) + CodedOutputStream.ComputeLengthSize(routeConfigBytes[i].Length) + routeConfigBytes[i].Length;
            size += CodedOutputStream.ComputeTagSize(Routes) + CodedOutputStream.ComputeLengthSize(routeSizes[i]) + routeSizes[i];
        }

        var bytes = new byte[size];
        var output = new CodedOutputStream(bytes);
        WriteStringField(output, Version, snapshot.Version);
        WriteStringField(output, SourceCommit, snapshot.SourceCommit);
        for (var i = 0; i < routeSizes.Length; i++)
        {
            var route = snapshot.Routes[i];
            output.WriteTag(Routes, WireFormat.WireType.LengthDelimited);
            output.WriteLength(routeSizes[i]);
            WriteStringField(output, RouteName, route.Name);
            WriteStringField(output, RouteVersion, route.Version);
            output.WriteTag(RouteConfig, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(UnsafeByteOperations.UnsafeWrap(routeConfigBytes[i]));
        }

        output.CheckNoSpaceLeft();
        return bytes;
    }

    private static int StringFieldSize(int field, string value)
        => value.Length == 0 ? 0 : CodedOutputStream.ComputeTagSize(field) + CodedOutputStream.ComputeStringSize(value);

    private static void WriteStringField(CodedOutputStream output, int field, string value)
    {
        if (value.Length > 0)
        {
            output.WriteTag(field, WireFormat.WireType.LengthDelimited);
            output.WriteString(value);
        }
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
