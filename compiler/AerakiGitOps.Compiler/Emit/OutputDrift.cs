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

        var entries = new List<Entry>();
        foreach (var (path, content) in tree.Files)
        {
            if (!onDisk.Contains(path))
            {
                entries.Add(new Entry(path, "missing"));
            }
            else if (!File.ReadAllBytes(System.IO.Path.Combine(root, path)).AsSpan().SequenceEqual(content.Span))
            {
                entries.Add(new Entry(path, "changed"));
            }
        }

        entries.AddRange(onDisk.Where(p => !tree.Files.ContainsKey(p)).Select(p => new Entry(p, "stale")));
        return entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
    }
}
