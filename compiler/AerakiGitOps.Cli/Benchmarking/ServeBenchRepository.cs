using LibGit2Sharp;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>
/// A temporary git repository holding a generated workload, with one-file commits that change the
/// default route of one service's MetaRouter (and nothing else).
/// </summary>
internal sealed class ServeBenchRepository : IDisposable
{
    private const int ServicesPerFile = 10;
    private static readonly Signature Author = new("bench", "bench@localhost", DateTimeOffset.UnixEpoch);
    private readonly Dictionary<int, string> defaultRouteNames = [];
    private int changes;

    public ServeBenchRepository(int services, int seed)
    {
        Path = Directory.CreateTempSubdirectory("aeraki-gitops-bench-serve-").FullName;
        WorkloadGenerator.Write(Path, services, seed);
        Repository.Init(Path);
        using var repository = new Repository(Path);
        LibGit2Sharp.Commands.Stage(repository, "*");
        repository.Commit("generated workload", Author, Author);
    }

    public string Path { get; }

    /// <summary>Renames the default route of service <paramref name="index"/> and commits that one file.</summary>
    /// <returns>The new commit id.</returns>
    public string ChangeService(int index)
    {
        var ns = WorkloadGenerator.Host(index).Split('.')[1];
        var relative = $"{ns}/services-{index / ServicesPerFile:D5}.yaml";
        var file = System.IO.Path.Combine(Path, relative);
        var oldName = defaultRouteNames.GetValueOrDefault(index, "default");
        var newName = $"bench-change-{++changes}";
        var anchor = $"  - name: {oldName}\n    route:\n    - destination: {{host: {WorkloadGenerator.Host(index)}, subset: v1}}\n";
        var text = File.ReadAllText(file);
        if (!text.Contains(anchor, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the default route of service {index} was not found in {relative}");
        }

        File.WriteAllText(file, text.Replace(anchor, anchor.Replace($"- name: {oldName}\n", $"- name: {newName}\n", StringComparison.Ordinal), StringComparison.Ordinal));
        defaultRouteNames[index] = newName;
        using var repository = new Repository(Path);
        LibGit2Sharp.Commands.Stage(repository, relative);
        return repository.Commit($"change service {index}", Author, Author).Sha;
    }

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            // git object files are read-only.
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Path, recursive: true);
    }
}
