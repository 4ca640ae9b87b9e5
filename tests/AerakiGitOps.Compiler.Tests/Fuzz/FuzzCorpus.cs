using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Fuzz;

/// <summary>
/// The seed inputs of the fuzz test: the bundled policies/ and every golden case's policies/, each one
/// compilation unit (a list of files, relative path and bytes, in ordinal order).
/// </summary>
internal static class FuzzCorpus
{
    private static readonly Lazy<ImmutableArray<ImmutableArray<PolicyFile>>> UnitsValue = new(Load);

    public static ImmutableArray<ImmutableArray<PolicyFile>> Units => UnitsValue.Value;

    private static ImmutableArray<ImmutableArray<PolicyFile>> Load()
    {
        var roots = new List<string> { RepositoryPaths.Policies };
        var golden = RepositoryPaths.Combine("tests", "AerakiGitOps.GoldenTests", "TestData");
        roots.AddRange(Directory.EnumerateDirectories(golden, "policies", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        return [.. roots.Select(ReadUnit).Where(u => u.Length > 0)];
    }

    private static ImmutableArray<PolicyFile> ReadUnit(string root)
        => [.. Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal))
            .Select(p => new PolicyFile(Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllBytes(p)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)];
}
