using System.Security.Cryptography;

namespace AerakiGitOps.Compiler.Emit;

/// <summary>
/// Writes an output tree into a folder. Each changed file is written to a temporary sibling and renamed
/// over the old one (readers never see half a file); unchanged files are not touched; snapshot.json, the
/// index the reconciler watches, is replaced last so it never names a snapshot.pb that is not there yet;
/// files the render no longer produces are removed from manifests/ and routes/ only. A folder that holds
/// other files and no snapshot.json was not written by aeraki-gitops and is refused.
/// </summary>
public static class OutputWriter
{
    public static OutputChanges Write(OutputTree tree, string outputFolder)
    {
        var root = Path.GetFullPath(outputFolder);
        EnsureOwned(root);
        Directory.CreateDirectory(root);

        var existing = Existing(root);
        var added = new List<string>();
        var changed = new List<string>();
        var unchanged = 0;
        var ordered = tree.Files.Where(f => f.Key != OutputTree.SnapshotIndex)
            .Concat(tree.Files.Where(f => f.Key == OutputTree.SnapshotIndex));
        foreach (var (path, content) in ordered)
        {
            var full = Full(root, path);
            if (existing.Contains(path))
            {
                if (SameContent(full, content.Span))
                {
                    unchanged++;
                    continue;
                }

                changed.Add(path);
            }
            else
            {
                added.Add(path);
            }

            WriteAtomically(full, content.Span);
        }

        var removed = existing.Where(p => !tree.Files.ContainsKey(p) && OutputTree.IsOwnedPath(p)).Order(StringComparer.Ordinal).ToList();
        foreach (var path in removed)
        {
            File.Delete(Full(root, path));
        }

        RemoveEmptyFolders(Path.Combine(root, OutputTree.ManifestsFolder));
        RemoveEmptyFolders(Path.Combine(root, OutputTree.RoutesFolder));
        return new OutputChanges(added, changed, removed, unchanged);
    }

    private static void EnsureOwned(string root)
    {
        if (Directory.Exists(root)
            && Directory.EnumerateFileSystemEntries(root).Any()
            && !File.Exists(Path.Combine(root, OutputTree.SnapshotIndex)))
        {
            throw new OutputException($"output folder '{root}' is not empty and was not written by aeraki-gitops (no {OutputTree.SnapshotIndex}); choose a new or empty folder");
        }
    }

    private static HashSet<string> Existing(string root)
        => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);

    private static string Full(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static bool SameContent(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        return info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static void WriteAtomically(string path, ReadOnlySpan<byte> content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.tmp-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static void RemoveEmptyFolders(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var child in Directory.GetDirectories(folder))
        {
            RemoveEmptyFolders(child);
            if (!Directory.EnumerateFileSystemEntries(child).Any())
            {
                Directory.Delete(child);
            }
        }
    }
}
