using LibGit2Sharp;

namespace AerakiGitOps.Xds.Tests.Infrastructure;

/// <summary>A temporary git repository holding a copy of the bundled policies.</summary>
internal sealed class PolicyRepository : IDisposable
{
    private static readonly Signature Author = new("test", "test@example.invalid", DateTimeOffset.UnixEpoch);

    public PolicyRepository()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ago-repo-" + Guid.NewGuid().ToString("N"));
        Repository.Init(Path);
        CopyFolder(BundledPolicies(), Path);
        Commit("bundled policies");
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, relativePath), text);
        return Commit("change " + relativePath);
    }

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            // git object files are read-only, which Directory.Delete does not like on every platform.
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Path, recursive: true);
    }

    private string Commit(string message)
    {
        using var repository = new Repository(Path);
        Commands.Stage(repository, "*");
        return repository.Commit(message, Author, Author).Sha;
    }

    private static string BundledPolicies()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "aeraki-gitops.sln")))
            {
                return System.IO.Path.Combine(folder.FullName, "policies");
            }
        }

        throw new InvalidOperationException("aeraki-gitops.sln not found above " + AppContext.BaseDirectory);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
