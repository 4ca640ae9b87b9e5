using AerakiGitOps.Compiler.Rendering.Manifests;

namespace AerakiGitOps.Compiler.Diff;

/// <summary>Pairs the generated objects of two compilations by kind, namespace and name and compares their content.</summary>
internal static class ManifestDiffer
{
    public static List<ManifestDiff> Compare(IReadOnlyList<RenderedManifest> before, IReadOnlyList<RenderedManifest> after)
    {
        var baseByKey = before.ToDictionary(Key);
        var headByKey = after.ToDictionary(Key);
        var diffs = new List<ManifestDiff>();
        foreach (var key in baseByKey.Keys.Union(headByKey.Keys).OrderBy(k => k.Kind, StringComparer.Ordinal).ThenBy(k => k.Namespace, StringComparer.Ordinal).ThenBy(k => k.Name, StringComparer.Ordinal))
        {
            var (kind, ns, name) = key;
            if (!baseByKey.TryGetValue(key, out var old))
            {
                diffs.Add(new ManifestDiff(kind, ns, name, ChangeKind.Added, []));
            }
            else if (!headByKey.TryGetValue(key, out var current))
            {
                diffs.Add(new ManifestDiff(kind, ns, name, ChangeKind.Removed, []));
            }
            else if (!old.FileBytes.AsSpan().SequenceEqual(current.FileBytes) && YamlTreeComparer.ChangedPaths(old.ParseContent(), current.ParseContent()) is { Count: > 0 } paths)
            {
                diffs.Add(new ManifestDiff(kind, ns, name, ChangeKind.Changed, [.. paths]));
            }
        }

        return diffs;
    }

    private static (string Kind, string Namespace, string Name) Key(RenderedManifest manifest) => (manifest.Kind, manifest.Namespace, manifest.Name);
}
