using System.Collections.Immutable;
using System.Text;
using AerakiGitOps.Compiler.Rendering.Manifests;
using AerakiGitOps.Protos.Snapshot;
using Google.Protobuf;

namespace AerakiGitOps.Compiler.Emit;

/// <summary>Lays out the rendered manifests and the route snapshot as the output tree decisions.md describes.</summary>
public static class OutputTreeBuilder
{
    public static OutputTree Build(IEnumerable<RenderedManifest> manifests, RouteSnapshot snapshot)
    {
        var files = ImmutableSortedDictionary.CreateBuilder<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        foreach (var manifest in manifests)
        {
            files[manifest.Path] = manifest.FileBytes;
        }

        files[$"{OutputTree.ManifestsFolder}/kustomization.yaml"] = Utf8(ManifestFiles.Kustomization(files.Keys.ToList()));
        var routes = snapshot.Routes.AsParallel().AsOrdered().Select(r => (Path: SnapshotFiles.RoutePath(r.Name), Content: SnapshotFiles.RouteJsonBytes(r))).ToList();
        foreach (var (path, content) in routes)
        {
            files[path] = content;
        }

        files[OutputTree.SnapshotBinary] = snapshot.ToByteArray();
        files[OutputTree.SnapshotIndex] = SnapshotFiles.IndexBytes(snapshot);
        return new OutputTree(files.ToImmutable());
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
