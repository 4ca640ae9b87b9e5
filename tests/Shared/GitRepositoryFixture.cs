using System.Diagnostics;
using LibGit2Sharp;

namespace AerakiGitOps.Tests.Shared;

/// <summary>A temporary git repository driven with LibGit2Sharp and inspected with the git command line.</summary>
internal sealed class GitRepositoryFixture : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private int _clock;

    public GitRepositoryFixture()
    {
        Repository.Init(_folder.Path, isBare: false);
        Repository = new Repository(_folder.Path);
        Repository.Config.Set("user.name", "Policy Author");
        Repository.Config.Set("user.email", "author@example.com");
        Repository.Refs.UpdateTarget("HEAD", "refs/heads/main");
    }

    public Repository Repository { get; }

    public string Path => _folder.Path;

    public string Write(string relativePath, string content) => _folder.Write(relativePath, content);

    public void Delete(string relativePath) => File.Delete(System.IO.Path.Combine(Path, relativePath));

    /// <summary>Stages everything and commits with a fixed author and an increasing fixed time.</summary>
    public string CommitAll(string message)
    {
        Commands.Stage(Repository, "*");
        var when = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(_clock++);
        var signature = new Signature("Policy Author", "author@example.com", when);
        return Repository.Commit(message, signature, signature).Sha;
    }


    /// <summary>Writes the files into the working tree, stages everything and commits (empty commits allowed).</summary>
    public Commit Commit(params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }

        Commands.Stage(Repository, "*");
        var when = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(_clock++);
        var signature = new Signature("Policy Author", "author@example.com", when);
        return Repository.Commit($"commit {_clock}", signature, signature, new CommitOptions { AllowEmptyCommit = true });
    }

    /// <summary>Removes a file from the working tree and the index.</summary>
    public void Remove(string relativePath) => Commands.Remove(Repository, relativePath);

    /// <summary>Copies a folder of the repository's own test data into this repository.</summary>
    public void CopyFolder(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            Write(System.IO.Path.Combine(destination, System.IO.Path.GetRelativePath(source, file)), File.ReadAllText(file));
        }
    }

    /// <summary>Runs the git command line in the repository and returns its standard output.</summary>
    public string Git(string arguments)
    {
        var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {arguments} failed: {error}");
        return output.Result;
    }

    public void Dispose()
    {
        Repository.Dispose();
        _folder.Dispose();
    }
}
