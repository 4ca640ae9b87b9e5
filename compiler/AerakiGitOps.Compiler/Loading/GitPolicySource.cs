using AerakiGitOps.Compiler.Diagnostics;
using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Loading;

/// <summary>
/// Reads policy files from the tree of a commit, without checking anything out. A remote URL is cloned
/// bare into a temporary folder first. Blob ids are kept so callers can reuse parse results.
/// </summary>
public sealed class GitPolicySource(string repository, string reference, string? path = null) : IPolicySource
{
    private readonly string _subPath = (path ?? string.Empty).Replace('\\', '/').Trim('/');

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
        Walk(tree, string.Empty, files);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new PolicySourceContent(files, commit.Sha, Array.Empty<Diagnostic>());
    }

    private static void Walk(Tree tree, string prefix, List<PolicyFile> files)
    {
        foreach (var entry in tree)
        {
            if (PolicyFileNames.IsHidden(entry.Name))
            {
                continue;
            }

            var relative = prefix + entry.Name;
            switch (entry.TargetType)
            {
                case TreeEntryTargetType.Tree:
                    Walk((Tree)entry.Target, relative + "/", files);
                    break;
                case TreeEntryTargetType.Blob when entry.Mode != Mode.SymbolicLink && PolicyFileNames.IsPolicyFile(entry.Name):
                    var blob = (Blob)entry.Target;
                    using (var stream = blob.GetContentStream())
                    using (var buffer = new MemoryStream())
                    {
                        stream.CopyTo(buffer);
                        files.Add(new PolicyFile(relative, buffer.ToArray(), blob.Sha));
                    }

                    break;
            }
        }
    }
}
