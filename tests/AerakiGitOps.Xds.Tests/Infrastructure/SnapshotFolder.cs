using AerakiGitOps.Protos.Snapshot;
using AerakiGitOps.Xds.Sources;
using Google.Protobuf;

namespace AerakiGitOps.Xds.Tests.Infrastructure;

/// <summary>A temporary folder laid out like the output of <c>render</c>.</summary>
internal sealed class SnapshotFolder : IDisposable
{
    public SnapshotFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ago-xds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Write(RouteSnapshot snapshot) => Write(snapshot, snapshot.Version);

    /// <summary>Writes both files; a different <paramref name="indexVersion"/> simulates a half-written folder.</summary>
    public void Write(RouteSnapshot snapshot, string indexVersion)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Path, SnapshotFolderSource.SnapshotFileName), snapshot.ToByteArray());
        var json = $"{{\"version\": \"{indexVersion}\", \"sourceCommit\": \"{snapshot.SourceCommit}\", \"routes\": {snapshot.Routes.Count}}}";
        File.WriteAllText(System.IO.Path.Combine(Path, SnapshotFolderSource.IndexFileName), json);
    }

    public void WriteIndex(string json) => File.WriteAllText(System.IO.Path.Combine(Path, SnapshotFolderSource.IndexFileName), json);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind does no harm.
        }
    }
}
