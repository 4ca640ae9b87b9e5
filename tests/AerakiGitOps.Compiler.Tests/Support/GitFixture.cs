using AerakiGitOps.Tests.Shared;
using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Tests.Support;

/// <summary>A throw-away local git repository with commits at fixed times; never touches the network.</summary>
internal sealed class GitFixture : IDisposable
{
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new();
    private int _commits;

    public GitFixture()
    {
        Repository.Init(_folder.Path);
        Repository = new Repository(_folder.Path);
    }

    public string Path => _folder.Path;

    public Repository Repository { get; }

    /// <summary>Writes the files into the working tree, stages everything and commits.</summary>
    public Commit Commit(params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            _folder.Write(path, text);
        }

        Commands.Stage(Repository, "*");
        var signature = new Signature("Test", "test@example.com", Epoch.AddMinutes(_commits++));
        return Repository.Commit($"commit {_commits}", signature, signature, new CommitOptions { AllowEmptyCommit = true });
    }

    public void Remove(string path)
    {
        Commands.Remove(Repository, path);
    }

    public void Dispose()
    {
        Repository.Dispose();
        _folder.Dispose();
    }
}
