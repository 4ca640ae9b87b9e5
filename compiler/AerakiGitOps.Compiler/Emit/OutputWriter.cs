namespace AerakiGitOps.Compiler.Emit;

/// <summary>
/// Writes an output tree into a folder in three steps: every changed file is written to a temporary sibling
/// (in parallel), the staged files are made durable, then each is renamed over the old one (readers never
/// see half a file; a failure while staging removes the staged files and leaves the folder as it was).
/// Unchanged files are not touched; snapshot.json, the index the reconciler watches, is replaced last so it
/// never names a snapshot.pb that is not there yet;
/// files the render no longer produces are removed from manifests/ and routes/ only. A folder that holds
/// other files and no snapshot.json was not written by aeraki-gitops and is refused.
/// </summary>
public static class OutputWriter
{
    public static OutputChanges Write(OutputTree tree, string outputFolder)
    {
        var root = Path.GetFullPath(outputFolder);
        EnsureInside(tree);
        EnsureOwned(root);
        Directory.CreateDirectory(root);

        var existing = Existing(root);
        var plan = tree.Files
            .Where(f => f.Key != OutputTree.SnapshotIndex)
            .AsParallel()
            .AsOrdered()
            .Select(f => new PlannedFile(f.Key, f.Value, Classify(root, existing, f.Key, f.Value.Span)))
            .ToList();
        var index = tree.Files.TryGetValue(OutputTree.SnapshotIndex, out var indexContent)
            ? new PlannedFile(OutputTree.SnapshotIndex, indexContent, Classify(root, existing, OutputTree.SnapshotIndex, indexContent.Span))
            : null;

        Publish(root, Stage(root, plan.Where(f => f.Change != FileChange.Unchanged).ToList()));
        if (index is { Change: not FileChange.Unchanged })
        {
            DurableFiles.WriteAtomically(Full(root, index.Path), index.Content.Span);
        }

        var removed = existing.Where(p => !tree.Files.ContainsKey(p) && OutputTree.IsOwnedPath(p)).Order(StringComparer.Ordinal).ToList();
        foreach (var path in removed)
        {
            File.Delete(Full(root, path));
        }

        RemoveEmptyFolders(Path.Combine(root, OutputTree.ManifestsFolder));
        RemoveEmptyFolders(Path.Combine(root, OutputTree.RoutesFolder));
        var all = index is null ? plan : [.. plan, index];
        return new OutputChanges(
            all.Where(f => f.Change == FileChange.Added).Select(f => f.Path).ToList(),
            all.Where(f => f.Change == FileChange.Changed).Select(f => f.Path).ToList(),
            removed,
            all.Count(f => f.Change == FileChange.Unchanged));
    }

    private enum FileChange
    {
        Added,
        Changed,
        Unchanged,
    }

    private sealed record PlannedFile(string Path, ReadOnlyMemory<byte> Content, FileChange Change);

    private static FileChange Classify(string root, HashSet<string> existing, string path, ReadOnlySpan<byte> content)
        => !existing.Contains(path) ? FileChange.Added
            : SameContent(Full(root, path), content) ? FileChange.Unchanged
            : FileChange.Changed;

    /// <summary>Writes every file to a temporary sibling and makes them durable; on failure removes what it staged.</summary>
    private static List<(string Temporary, string Target)> Stage(string root, List<PlannedFile> files)
    {
        var staged = new System.Collections.Concurrent.ConcurrentBag<(string Temporary, string Target)>();
        try
        {
            Parallel.ForEach(files, file =>
            {
                var target = Full(root, file.Path);
                if (Directory.Exists(target))
                {
                    throw new IOException($"cannot write '{target}': a folder is in the way");
                }

                staged.Add((DurableFiles.Stage(target, file.Content.Span, flushNow: false), target));
            });
            DurableFiles.FlushStaged(staged.Select(s => s.Temporary).ToList());
        }
        catch (Exception ex)
        {
            foreach (var (temporary, _) in staged)
            {
                File.Delete(temporary);
            }

            throw ex is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : ex;
        }

        return staged.OrderBy(s => s.Target, StringComparer.Ordinal).ToList();
    }

    private static void Publish(string root, List<(string Temporary, string Target)> staged)
    {
        for (var i = 0; i < staged.Count; i++)
        {
            try
            {
                DurableFiles.Publish(staged[i].Temporary, staged[i].Target);
            }
            catch
            {
                foreach (var (temporary, _) in staged.Skip(i + 1))
                {
                    File.Delete(temporary);
                }

                throw;
            }
        }
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

    /// <summary>
    /// Every path stays inside the output folder: relative, '/'-separated, no empty, "." or ".." segment and no
    /// backslash. The compiler never produces such a path (object names are checked first); this refuses the whole
    /// tree before anything is written if one ever appears.
    /// </summary>
    private static void EnsureInside(OutputTree tree)
    {
        foreach (var path in tree.Files.Keys)
        {
            if (!IsInside(path))
            {
                throw new OutputException($"output path '{path}' would leave the output folder; nothing was written");
            }
        }
    }

    internal static bool IsInside(string relative)
    {
        if (relative.Length == 0 || relative[0] == '/' || relative.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }

        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return false;
            }
        }

        return true;
    }

    private static string Full(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static bool SameContent(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        return info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
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
