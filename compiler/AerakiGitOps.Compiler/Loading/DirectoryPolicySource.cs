using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Loading;

/// <summary>
/// Reads every *.yaml / *.yml file below a folder, in ordinal path order, refusing links that leave the
/// folder. <paramref name="excludedFolders"/> (relative to the root) are skipped: an output folder inside
/// the policy folder must not be read back as policies.
/// </summary>
public sealed class DirectoryPolicySource(string root, IReadOnlyCollection<string>? excludedFolders = null) : IPolicySource
{
    // Without a trailing separator, so that "<root>/" is the prefix of everything inside it.
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    private readonly HashSet<string> _excluded = (excludedFolders ?? []).Select(PolicyFileNames.NormaliseFolder).ToHashSet(StringComparer.Ordinal);

    public string Description => root;

    public PolicySourceContent Read()
    {
        if (!Directory.Exists(_root))
        {
            throw new PolicySourceException($"policy folder '{root}' does not exist");
        }

        var files = new List<PolicyFile>();
        var diagnostics = new List<Diagnostic>();
        Walk(new DirectoryInfo(_root), files, diagnostics);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new PolicySourceContent(files, null, diagnostics);
    }

    private void Walk(DirectoryInfo directory, List<PolicyFile> files, List<Diagnostic> diagnostics)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            if (PolicyFileNames.IsHidden(entry.Name))
            {
                continue;
            }

            var relative = Path.GetRelativePath(_root, entry.FullName).Replace('\\', '/');
            if (_excluded.Contains(relative))
            {
                continue;
            }

            if (entry.LinkTarget is not null && !LinkStaysInside(entry))
            {
                if (entry is DirectoryInfo || PolicyFileNames.IsPolicyFile(entry.Name))
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.LinkOutsideRoot, SourceLocation.OfFile(relative), relative));
                }

                continue;
            }

            if (entry is DirectoryInfo subdirectory)
            {
                if (entry.LinkTarget is null)
                {
                    Walk(subdirectory, files, diagnostics);
                }

                continue;
            }

            if (!PolicyFileNames.IsPolicyFile(entry.Name))
            {
                continue;
            }

            try
            {
                files.Add(new PolicyFile(relative, File.ReadAllBytes(entry.FullName)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.UnreadableFile, SourceLocation.OfFile(relative), ex.Message));
            }
        }
    }

    private bool LinkStaysInside(FileSystemInfo entry)
    {
        var target = entry.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null || !target.Exists)
        {
            return false;
        }

        var full = Path.GetFullPath(target.FullName);
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
