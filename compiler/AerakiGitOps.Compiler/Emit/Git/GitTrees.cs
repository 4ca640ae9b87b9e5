using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Emit.Git;

/// <summary>Reading and comparing file sets of git trees by blob id.</summary>
internal static class GitTrees
{
    /// <summary>Every blob below a tree: path relative to that tree to blob id.</summary>
    public static SortedDictionary<string, ObjectId> Files(Tree? tree)
    {
        var files = new SortedDictionary<string, ObjectId>(StringComparer.Ordinal);
        if (tree is not null)
        {
            Collect(tree, string.Empty, files);
        }

        return files;
    }

    public static OutputChanges Compare(IReadOnlyDictionary<string, ObjectId> before, IReadOnlyDictionary<string, ObjectId> after)
    {
        var added = after.Keys.Where(p => !before.ContainsKey(p)).ToList();
        var changed = after.Keys.Where(p => before.TryGetValue(p, out var old) && old != after[p]).ToList();
        var removed = before.Keys.Where(p => !after.ContainsKey(p)).ToList();
        return new OutputChanges(added, changed, removed, after.Count - added.Count - changed.Count);
    }

    private static void Collect(Tree tree, string prefix, SortedDictionary<string, ObjectId> files)
    {
        foreach (var entry in tree)
        {
            var path = prefix + entry.Name;
            if (entry.TargetType == TreeEntryTargetType.Tree)
            {
                Collect((Tree)entry.Target, path + "/", files);
            }
            else if (entry.TargetType == TreeEntryTargetType.Blob)
            {
                files[path] = entry.Target.Id;
            }
        }
    }
}
