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
        var rendered = manifests.AsParallel().AsOrdered().Select(m => (Path: ManifestFiles.PathOf(m), Content: Utf8(ManifestFiles.Content(m)))).ToList();
        foreach (var (path, content) in rendered)
        {
            files[path] = content;
        }

        files[$"{OutputTree.ManifestsFolder}/kustomization.yaml"] = Utf8(ManifestFiles.Kustomization(files.Keys.ToList()));
        foreach (var route in snapshot.Routes)
        {
            files[SnapshotFiles.RoutePath(route.Name)] = Utf8(SnapshotFiles.RouteJson(route));
        }

        files[OutputTree.SnapshotBinary] = snapshot.ToByteArray();
        files[OutputTree.SnapshotIndex] = Utf8(SnapshotFiles.Index(snapshot));
        return new OutputTree(files.ToImmutable());
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
