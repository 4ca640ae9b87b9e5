using System.Collections.Immutable;
using System.Text;

namespace AerakiGitOps.Compiler.Emit;

/// <summary>
/// The complete output of a render, in memory: relative path (forward slashes) to bytes, sorted by path.
/// Nothing touches the disk until <see cref="OutputWriter"/> writes a tree whose compilation had no errors.
/// </summary>
public sealed class OutputTree(ImmutableSortedDictionary<string, ReadOnlyMemory<byte>> files)
{
    public const string SnapshotBinary = "snapshot.pb";
    public const string SnapshotIndex = "snapshot.json";
    public const string ManifestsFolder = "manifests";
    public const string RoutesFolder = "routes";

    public ImmutableSortedDictionary<string, ReadOnlyMemory<byte>> Files { get; } = files;

    public string Text(string path) => Encoding.UTF8.GetString(Files[path].Span);

    /// <summary>Paths that belong to the output even when they no longer exist: what stale-file removal may delete.</summary>
    public static bool IsOwnedPath(string relativePath)
        => relativePath is SnapshotBinary or SnapshotIndex
           || relativePath.StartsWith(ManifestsFolder + "/", StringComparison.Ordinal)
           || relativePath.StartsWith(RoutesFolder + "/", StringComparison.Ordinal);
}
