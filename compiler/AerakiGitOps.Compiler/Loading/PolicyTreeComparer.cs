using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Loading;

/// <summary>
/// Whether two policy trees hold the same policy content: the same policy file paths with the same blob ids.
/// Entries the <see cref="PolicyTreeFilter"/> skips do not count, and neither do other blobs, submodule links
/// or file modes; blobs named like policy files count even when they are symbolic links. A missing tree (the
/// path does not exist, or is not a folder, in that commit) holds no policies.
/// <para>
/// The trees are compared entry by entry, and a pair of subtrees with the same object id is equal without
/// being opened, so the cost follows what changed between the two trees, not how large they are.
/// </para>
/// </summary>
internal sealed class PolicyTreeComparer(PolicyTreeFilter filter)
{
    /// <summary>How many trees were opened (their entries listed) so far; subtrees with equal ids are never opened.</summary>
    public int TreesOpened { get; private set; }

    public bool SameContent(Tree? left, Tree? right) => SameTree(left, right, string.Empty);

    private bool SameTree(Tree? left, Tree? right, string prefix)
    {
        if (left is null || right is null)
        {
            // A missing tree holds nothing, so it matches a tree without policy files.
            var other = left ?? right;
            return other is null || !HasPolicies(other, prefix);
        }

        if (left.Id == right.Id)
        {
            return true;
        }

        var rightEntries = Entries(right, prefix);
        foreach (var (name, entry) in Entries(left, prefix))
        {
            rightEntries.Remove(name, out var other);
            if (!SameEntry(entry, other, prefix + name))
            {
                return false;
            }
        }

        return rightEntries.All(pair => SameEntry(null, pair.Value, prefix + pair.Key));
    }

    /// <summary>Two entries at one path: a policy file matches only a policy file with the same blob; anything else counts as a (possibly empty) tree.</summary>
    private bool SameEntry(TreeEntry? left, TreeEntry? right, string relative)
    {
        var leftIsPolicy = IsPolicyFile(left);
        var rightIsPolicy = IsPolicyFile(right);
        if (leftIsPolicy || rightIsPolicy)
        {
            return leftIsPolicy && rightIsPolicy && left!.Target.Id == right!.Target.Id;
        }

        return SameTree(left?.Target as Tree, right?.Target as Tree, relative + "/");
    }

    private bool HasPolicies(Tree tree, string prefix)
        => Entries(tree, prefix).Any(pair => IsPolicyFile(pair.Value) || (pair.Value.Target is Tree subtree && HasPolicies(subtree, prefix + pair.Key + "/")));

    private Dictionary<string, TreeEntry> Entries(Tree tree, string prefix)
    {
        TreesOpened++;
        var entries = new Dictionary<string, TreeEntry>(StringComparer.Ordinal);
        foreach (var entry in tree)
        {
            if (!filter.Skips(entry.Name, prefix + entry.Name))
            {
                entries.TryAdd(entry.Name, entry); // a malformed tree that repeats a name keeps its first entry
            }
        }

        return entries;
    }

    private static bool IsPolicyFile(TreeEntry? entry)
        => entry is { TargetType: TreeEntryTargetType.Blob } && PolicyFileNames.IsPolicyFile(entry.Name);
}
