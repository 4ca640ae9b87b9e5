using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Compiler.Emit;

/// <summary>Compares an output tree with a folder on disk without writing anything: the drift check.</summary>
public static class OutputDrift
{
    /// <summary>One differing file: "missing" (would be added), "changed", or "stale" (would be removed).</summary>
    public sealed record Entry(string Path, string Change);

    public static IReadOnlyList<Entry> Compare(OutputTree tree, string folder)
    {
        var root = System.IO.Path.GetFullPath(folder);
        var onDisk = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Where(OutputTree.IsOwnedPath)
                .ToHashSet(StringComparer.Ordinal)
            : [];

        // Each file is compared on its own: side by side, as the writer plans its changes.
        var entries = OrderedParallel.Map(tree.Files.ToList(), file => Difference(root, onDisk, file.Key, file.Value))
            .OfType<Entry>()
            .ToList();
        entries.AddRange(onDisk.Where(p => !tree.Files.ContainsKey(p)).Select(p => new Entry(p, "stale")));
        return entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
    }

    private static Entry? Difference(string root, HashSet<string> onDisk, string path, ReadOnlyMemory<byte> content)
        => !onDisk.Contains(path) ? new Entry(path, "missing")
            : !FileContent.Matches(System.IO.Path.Combine(root, path), content.Span) ? new Entry(path, "changed")
            : null;
}
