using AerakiGitOps.Cli.Benchmarking;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Schema.Compiled;

/// <summary>The policy documents of the repository (policies/, examples/, every test's YAML) and of a generated workload.</summary>
internal static class SchemaCorpus
{
    private static readonly Lazy<IReadOnlyList<PolicyDocument>> RepositoryDocuments = new(() => LoadFolder(RepositoryPaths.Root, ["policies", "examples", "tests"]));

    private static readonly Lazy<IReadOnlyList<PolicyDocument>> WorkloadDocuments = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("aeraki-gitops-schema-corpus-").FullName;
        try
        {
            WorkloadGenerator.Write(folder, 60, seed: 7);
            return LoadFolder(folder, ["."]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    public static IReadOnlyList<PolicyDocument> Repository => RepositoryDocuments.Value;

    public static IReadOnlyList<PolicyDocument> Workload => WorkloadDocuments.Value;

    /// <summary>The schema samples: one or more valid documents of every kind.</summary>
    public static IReadOnlyList<PolicyDocument> Samples => [.. Repository.Where(d => d.File.Contains("/Schema/Samples/", StringComparison.Ordinal))];

    private static IReadOnlyList<PolicyDocument> LoadFolder(string root, string[] subfolders)
    {
        var loader = new PolicyLoader("default");
        var documents = new List<PolicyDocument>();
        foreach (var subfolder in subfolders)
        {
            var files = Directory.EnumerateFiles(Path.Combine(root, subfolder), "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                documents.AddRange(loader.LoadFile(new PolicyFile(relative, File.ReadAllBytes(file)), new DiagnosticBag()));
            }
        }

        return documents;
    }
}
