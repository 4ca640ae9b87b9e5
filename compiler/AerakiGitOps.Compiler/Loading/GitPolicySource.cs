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
    private readonly HashSet<string> _excluded = (excludedFolders ?? []).Select(PolicyFileNames.NormaliseFolder).ToHashSet(StringComparer.Ordinal);

    public string Description => _subPath.Length == 0 ? $"{repository}@{reference}" : $"{repository}@{reference}:{_subPath}";

    public PolicySourceContent Read()
    {
        using var local = GitRepositories.Open(repository);
        var commit = GitRepositories.ResolveCommit(local.Repository, reference);
        var tree = commit.Tree;
        if (_subPath.Length > 0)
        {
            tree = commit[_subPath]?.Target as Tree
                ?? throw new PolicySourceException($"path '{_subPath}' is not a folder in {repository} at {reference}");
        }

        var files = new List<PolicyFile>();
        var reused = 0;
        Walk(tree, string.Empty, files, ref reused);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        blobs?.Retain(files, reused);
        return new PolicySourceContent(files, SourceCommitOf(commit).Sha, Array.Empty<Diagnostic>());
    }

    /// <summary>
    /// The commit that introduced the policy content of <paramref name="commit"/>: first parents are followed
    /// while the policy files (paths and blob ids) stay the same. Recording this commit rather than the tip
    /// keeps the output stable when commits touch only other files — above all the generated commits that
    /// `commit` itself adds to the same branch, which would otherwise change the output forever.
    /// </summary>
    private Commit SourceCommitOf(Commit commit)
    {
        const int MaxSteps = 1000;
        var content = PolicyTreeKey(commit);
        var source = commit;
        for (var step = 0; step < MaxSteps && source.Parents.FirstOrDefault() is { } parent; step++)
        {
            if (PolicyTreeKey(parent) != content)
            {
                break;
            }

            source = parent;
        }

        return source;
    }

    private string PolicyTreeKey(Commit commit)
    {
        var tree = _subPath.Length == 0 ? commit.Tree : commit[_subPath]?.Target as Tree;
        if (tree is null)
        {
            return string.Empty;
        }

        var key = new System.Text.StringBuilder();
        AppendKey(tree, string.Empty, key);
        return key.ToString();
    }

    private void AppendKey(Tree tree, string prefix, System.Text.StringBuilder key)
    {
        foreach (var entry in tree)
        {
            var relative = prefix + entry.Name;
            if (PolicyFileNames.IsHidden(entry.Name) || _excluded.Contains(relative))
            {
                continue;
            }

            if (entry.TargetType == TreeEntryTargetType.Tree)
            {
                AppendKey((Tree)entry.Target, relative + "/", key);
            }
            else if (entry.TargetType == TreeEntryTargetType.Blob && PolicyFileNames.IsPolicyFile(entry.Name))
            {
                key.Append(relative).Append(' ').Append(entry.Target.Sha).Append('\n');
            }
        }
    }

    private void Walk(Tree tree, string prefix, List<PolicyFile> files, ref int reused)
    {
        foreach (var entry in tree)
        {
            var relative = prefix + entry.Name;
            if (PolicyFileNames.IsHidden(entry.Name) || _excluded.Contains(relative))
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
