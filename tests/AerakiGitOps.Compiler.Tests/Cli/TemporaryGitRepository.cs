using System.Diagnostics;
using AerakiGitOps.Tests.Shared;
using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Tests.Cli;

/// <summary>A real git repository in a temporary folder, committed to with a fixed signature so commit ids are reproducible.</summary>
internal sealed class TemporaryGitRepository : IDisposable
{
    private static readonly Signature Author = new("Policy Author", "author@example.com", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
    private readonly TemporaryFolder _folder = new();

    public TemporaryGitRepository() => Repository.Init(Path);

    public string Path => _folder.Path;

    public void Write(string relativePath, string content) => _folder.Write(relativePath, content);

    /// <summary>Copies a folder of the repository under test (e.g. policies/thrift) into the repository.</summary>
    public void CopyFrom(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            Write(System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file)), File.ReadAllText(file));
        }
    }

    public string Commit(string message)
    {
        using var repository = new Repository(Path);
        Commands.Stage(repository, "*");
        return repository.Commit(message, Author, Author).Sha;
    }

    /// <summary>Runs the git command line in the repository and returns its standard output.</summary>
    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }

    public void Dispose() => _folder.Dispose();
}
