using AerakiGitOps.Compiler.Loading;
using LibGit2Sharp;

namespace AerakiGitOps.Xds.Sources;

/// <summary>
/// A local place to read commits from. A local repository is used in place; a remote one is cloned
/// bare once into a temporary folder and fetched on every poll, instead of cloned again.
/// </summary>
internal sealed class GitMirror(string repository) : IDisposable
{
    // Into refs/heads/* rather than refs/remotes/*: in a bare mirror nothing is checked out, and a
    // branch name must resolve to the fetched commit, not to the one seen at clone time.
    private static readonly string[] RefSpecs = ["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"];
    private string? mirrorFolder;

    /// <summary>A path <see cref="GitPolicySource"/> can open: the repository itself, or the up-to-date mirror.</summary>
    public string Update()
    {
        if (!GitRepositories.IsRemote(repository))
        {
            return repository;
        }

        if (mirrorFolder is null)
        {
            var folder = Directory.CreateTempSubdirectory("aeraki-gitops-serve-").FullName;
            try
            {
                Repository.Clone(repository, folder, new CloneOptions { IsBare = true });
            }
            catch (LibGit2SharpException ex)
            {
                Directory.Delete(folder, recursive: true);
                throw new PolicySourceException($"cannot clone '{GitRepositories.Redact(repository)}': {GitRepositories.Redact(ex.Message)}", ex);
            }

            mirrorFolder = folder;
            return folder;
        }

        try
        {
            using var mirror = new Repository(mirrorFolder);
            Commands.Fetch(mirror, "origin", RefSpecs, new FetchOptions { Prune = true }, null);
        }
        catch (LibGit2SharpException ex)
        {
            throw new PolicySourceException($"cannot fetch '{GitRepositories.Redact(repository)}': {GitRepositories.Redact(ex.Message)}", ex);
        }

        return mirrorFolder;
    }

    /// <summary>The commit id <paramref name="reference"/> names now in <paramref name="localPath"/>.</summary>
    public static string Resolve(string localPath, string reference)
    {
        using var local = GitRepositories.Open(localPath);
        return GitRepositories.ResolveCommit(local.Repository, reference).Sha;
    }

    public void Dispose()
    {
        if (mirrorFolder is not null && Directory.Exists(mirrorFolder))
        {
            Directory.Delete(mirrorFolder, recursive: true);
        }
    }
}
