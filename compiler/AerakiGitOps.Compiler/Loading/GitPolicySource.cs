using AerakiGitOps.Compiler.Diagnostics;
using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Loading;

/// <summary>
/// Reads policy files from the tree of a commit, without checking anything out. A remote URL is cloned
/// bare into a temporary folder first. Blob ids are kept so callers can reuse parse results, and with a
/// <see cref="BlobContentCache"/> blobs read before are not inflated again.
/// </summary>
public sealed class GitPolicySource(string repository, string reference, string? path = null, IReadOnlyCollection<string>? excludedFolders = null, BlobContentCache? blobs = null) : IPolicySource
{
    private readonly string _subPath = (path ?? string.Empty).Replace('\\', '/').Trim('/');
    private readonly PolicyTreeFilter _filter = new(excludedFolders);

    public string Description => _subPath.Length == 0 ? $"{repository}@{reference}" : $"{repository}@{reference}:{_subPath}";

    public PolicySourceContent Read()
    {
        using var local = GitRepositories.Open(repository);
        var commit = GitRepositories.ResolveCommit(local.Repository, reference);
        var tree = PolicyTreeOf(commit)
            ?? throw new PolicySourceException($"path '{_subPath}' is not a folder in {repository} at {reference}");

        var files = new List<PolicyFile>();
        var reused = 0;
        Walk(tree, string.Empty, files, ref reused);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        blobs?.Retain(files, reused);
        return new PolicySourceContent(files, SourceCommitOf(commit, tree).Sha, Array.Empty<Diagnostic>());
    }

    /// <summary>How many trees the last <see cref="Read"/> opened to find the source commit (tests pin the cost of the walk with it).</summary>
    internal int HistoryTreesOpened { get; private set; }

    /// <summary>
    /// The commit that introduced the policy content of <paramref name="commit"/>: first parents are followed
    /// (at most 1000 steps) while the policy files (paths and blob ids) stay the same. Recording this commit
    /// rather than the tip keeps the output stable when commits touch only other files — above all the
    /// generated commits that `commit` itself adds to the same branch, which would otherwise change the output
    /// forever. Each step compares the policy tree of the current commit with its parent's (equal content is
    /// transitive, so this is the same as comparing with the tip) through <see cref="PolicyTreeComparer"/>, which
    /// opens only subtrees whose object ids differ: a step costs what changed inside the policy tree, not its size.
    /// </summary>
    private Commit SourceCommitOf(Commit commit, Tree tree)
    {
        const int MaxSteps = 1000;
        var comparer = new PolicyTreeComparer(_filter);
        var source = commit;
        Tree? sourceTree = tree;
        for (var step = 0; step < MaxSteps && source.Parents.FirstOrDefault() is { } parent; step++)
        {
            var parentTree = PolicyTreeOf(parent);
            if (!comparer.SameContent(sourceTree, parentTree))
            {
                break;
            }

            source = parent;
            sourceTree = parentTree;
        }

        HistoryTreesOpened = comparer.TreesOpened;
        return source;
    }

    /// <summary>The policy folder of a commit, or null when the path is missing or not a folder there.</summary>
    private Tree? PolicyTreeOf(Commit commit) => _subPath.Length == 0 ? commit.Tree : commit[_subPath]?.Target as Tree;

    private void Walk(Tree tree, string prefix, List<PolicyFile> files, ref int reused)
    {
        foreach (var entry in tree)
        {
            var relative = prefix + entry.Name;
            if (_filter.Skips(entry.Name, relative))
            {
                continue;
            }

            switch (entry.TargetType)
            {
                case TreeEntryTargetType.Tree:
                    Walk((Tree)entry.Target, relative + "/", files, ref reused);
                    break;
                case TreeEntryTargetType.Blob when entry.Mode != Mode.SymbolicLink && PolicyFileNames.IsPolicyFile(entry.Name):
                    var blob = (Blob)entry.Target;
                    var content = blobs is null ? Content(blob) : blobs.GetOrRead(blob.Sha, () => Content(blob), ref reused);
                    files.Add(new PolicyFile(relative, content, blob.Sha));
                    break;
            }
        }
    }

    private static byte[] Content(Blob blob)
    {
        using var stream = blob.GetContentStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
