using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Loading;

/// <summary>Opens a local repository, or clones a remote one bare into a temporary folder that is removed on dispose.</summary>
public static class GitRepositories
{
    public static LocalRepository Open(string pathOrUrl)
    {
        if (IsRemote(pathOrUrl))
        {
            var temp = Directory.CreateTempSubdirectory("aeraki-gitops-clone-").FullName;
            try
            {
                Repository.Clone(pathOrUrl, temp, new CloneOptions { IsBare = true });
                return new LocalRepository(new Repository(temp), temp);
            }
            catch (LibGit2SharpException ex)
            {
                TryDelete(temp);
                throw new PolicySourceException($"cannot clone '{Redact(pathOrUrl)}': {Redact(ex.Message)}", ex);
            }
        }

        var discovered = Discover(pathOrUrl)
            ?? throw new PolicySourceException($"'{pathOrUrl}' is not a git repository");
        return new LocalRepository(new Repository(discovered), null);
    }

    /// <summary>
    /// The repository that holds <paramref name="path"/>: the path itself or its nearest ancestor that git opens as a
    /// repository (a working tree with a <c>.git</c> folder or file, a <c>.git</c> folder, a bare repository), or null.
    /// Not <c>Repository.Discover</c>: it returns the found path through a native buffer that a native (ahead-of-time
    /// compiled) build does not copy back, so every repository looked like none there.
    /// </summary>
    public static string? Discover(string path)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(path)); folder is not null; folder = folder.Parent)
        {
            if (folder.Exists && Repository.IsValid(folder.FullName))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>Resolves a branch, tag, remote branch or (abbreviated) commit id to a commit.</summary>
    public static Commit ResolveCommit(Repository repository, string reference)
    {
        GitObject? target = null;
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw new PolicySourceException("an empty ref names no commit; give a branch, tag or commit id");
        }

        try
        {
            target = repository.Lookup(reference)
                ?? repository.Lookup($"refs/remotes/origin/{reference}")
                ?? repository.Lookup($"refs/heads/{reference}");
        }
        catch (LibGit2SharpException)
        {
            // An ambiguous or malformed spec is reported below like an unknown one.
        }

        return target?.Peel<Commit>()
            ?? throw new PolicySourceException($"ref '{reference}' does not name a commit in the repository");
    }

    public static bool IsRemote(string pathOrUrl)
        => pathOrUrl.Contains("://", StringComparison.Ordinal) || (pathOrUrl.Contains('@') && pathOrUrl.Contains(':') && !Directory.Exists(pathOrUrl));

    /// <summary>Removes credentials from a URL before it is logged: https://user:token@host becomes https://***@host.</summary>
    public static string Redact(string text)
        => System.Text.RegularExpressions.Regex.Replace(text, @"(?<=://)[^/@\s]+@", "***@");

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary clone is harmless.
        }
    }

    /// <summary>An open repository and, for a clone, the folder to remove afterwards.</summary>
    public sealed class LocalRepository(Repository repository, string? temporaryFolder) : IDisposable
    {
        public Repository Repository { get; } = repository;

        public void Dispose()
        {
            Repository.Dispose();
            if (temporaryFolder is not null)
            {
                TryDelete(temporaryFolder);
            }
        }
    }
}
