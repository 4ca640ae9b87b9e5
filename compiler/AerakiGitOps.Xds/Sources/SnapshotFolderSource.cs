using System.Text.Json;
using AerakiGitOps.Protos.Snapshot;
using AerakiGitOps.Xds.Snapshots;
using Google.Protobuf;

namespace AerakiGitOps.Xds.Sources;

/// <summary>
/// Serves a folder written by <c>render</c>: <c>snapshot.pb</c> (a binary <see cref="RouteSnapshot"/>)
/// and <c>snapshot.json</c> (at least <c>"version"</c>). A new revision is noticed when snapshot.json
/// changes.
/// </summary>
/// <remarks>
/// The two files cannot be replaced together atomically, so a reader may see one new and one old.
/// When snapshot.pb's version differs from snapshot.json's (or snapshot.pb does not parse) the
/// folder is treated as half-written: the result is Pending and the next poll tries again. Only
/// after <see cref="MaxPendingPolls"/> polls of the same snapshot.json does it become a failure, so
/// a folder that stays inconsistent is reported instead of silently ignored.
/// </remarks>
public sealed class SnapshotFolderSource(string directory) : ISnapshotSource
{
    /// <summary>File name of the binary snapshot.</summary>
    public const string SnapshotFileName = "snapshot.pb";

    /// <summary>File name of the JSON snapshot whose change triggers a reload.</summary>
    public const string IndexFileName = "snapshot.json";

    private string? lastSeenIndexHash;
    private string? pendingIndexHash;
    private int pendingPolls;

    /// <summary>Polls of one inconsistent revision before it is reported as a failure.</summary>
    public int MaxPendingPolls { get; init; } = 5;

    /// <inheritdoc />
    public string Description => $"folder {directory}";

    /// <inheritdoc />
    public async Task<SnapshotLoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        var indexPath = Path.Combine(directory, IndexFileName);
        byte[] index;
        try
        {
            index = await File.ReadAllBytesAsync(indexPath, cancellationToken);
        }
        catch (IOException ex)
        {
            return SnapshotLoadResult.Failed("", $"{indexPath}: cannot read: {ex.Message}");
        }

        var indexHash = ContentHash.Sha256Hex(index);
        if (indexHash == lastSeenIndexHash)
        {
            return SnapshotLoadResult.Unchanged;
        }

        var result = await ReadRevisionAsync(indexPath, index, cancellationToken);
        if (result.Outcome == SnapshotLoadOutcome.Pending)
        {
            pendingPolls = indexHash == pendingIndexHash ? pendingPolls + 1 : 1;
            pendingIndexHash = indexHash;
            if (pendingPolls < MaxPendingPolls)
            {
                return result;
            }

            result = SnapshotLoadResult.Failed(result.SourceCommit, result.Diagnostics);
        }

        // Loaded and failed revisions are reported once; the next report is for the next change.
        lastSeenIndexHash = indexHash;
        pendingIndexHash = null;
        return result;
    }

    private async Task<SnapshotLoadResult> ReadRevisionAsync(string indexPath, byte[] index, CancellationToken cancellationToken)
    {
        string expectedVersion;
        string sourceCommit;
        try
        {
            using var document = JsonDocument.Parse(index);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String)
            {
                return SnapshotLoadResult.Failed("", $"{indexPath}: no string property \"version\"");
            }

            expectedVersion = version.GetString()!;
            sourceCommit = ReadString(root, "sourceCommit") ?? ReadString(root, "source_commit") ?? "";
        }
        catch (JsonException ex)
        {
            // A half-written JSON file parses badly too; give it the same grace as a version mismatch.
            return SnapshotLoadResult.Pending("", $"{indexPath}: invalid JSON: {ex.Message}");
        }

        var snapshotPath = Path.Combine(directory, SnapshotFileName);
        RouteSnapshot snapshot;
        try
        {
            snapshot = RouteSnapshot.Parser.ParseFrom(await File.ReadAllBytesAsync(snapshotPath, cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or InvalidProtocolBufferException)
        {
            return SnapshotLoadResult.Pending(sourceCommit, $"{snapshotPath}: cannot read: {ex.Message}");
        }

        if (snapshot.Version != expectedVersion)
        {
            return SnapshotLoadResult.Pending(
                sourceCommit,
                $"{snapshotPath} has version {snapshot.Version} but {indexPath} has {expectedVersion} (half-written folder?)");
        }

        if (snapshot.SourceCommit.Length == 0)
        {
            snapshot.SourceCommit = sourceCommit;
        }

        return SnapshotLoadResult.Loaded(snapshot);
    }

    private static string? ReadString(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
