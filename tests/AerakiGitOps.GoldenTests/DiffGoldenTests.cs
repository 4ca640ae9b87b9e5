using System.Text;
using AerakiGitOps.Compiler.Diff;
using AerakiGitOps.Compiler.Diff.Formatting;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.GoldenTests;

/// <summary>
/// Every folder under DiffCases is a case: the diff of head/ against base/ in text, markdown and json must equal
/// expected/diff.{txt,md,json} byte for byte (AERAKI_GITOPS_UPDATE_GOLDEN=1 rewrites them).
/// </summary>
public sealed class DiffGoldenTests
{
    private static readonly (string File, DiffFormat Format)[] Formats = [("diff.txt", DiffFormat.Text), ("diff.md", DiffFormat.Markdown), ("diff.json", DiffFormat.Json)];

    public static TheoryData<string> Cases() => [.. DiffCase.All().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diff_in_every_format_matches_the_expected_files(string name)
    {
        var golden = new DiffCase(name);
        var diff = PolicyDiffer.Compare(Compile(golden.Base), Compile(golden.Head));
        var actual = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (file, format) in Formats)
        {
            actual[file] = Encoding.UTF8.GetBytes(DiffFormatter.Format(diff, format));
        }

        var folder = new GoldenCase(Path.GetRelativePath(GoldenCase.TestDataRoot, golden.Folder));
        if (GoldenRunner.Updating)
        {
            GoldenRunner.WriteExpected(folder, actual);
            return;
        }

        var differences = GoldenRunner.Differences(GoldenRunner.ReadExpected(folder), actual);
        Assert.True(differences.Length == 0,
            $"diff case {name} differs from expected/ (set {GoldenRunner.UpdateVariable}=1 to regenerate, then review the diff):\n{differences}");
    }

    [Fact]
    public void Diff_cases_cover_a_difference_and_no_difference()
    {
        var names = DiffCase.All().Select(c => c.Name).ToList();
        Assert.True(names.Count >= 3, $"expected at least 3 diff cases, found: {string.Join(", ", names)}");
        Assert.Contains(names, n => File.ReadAllText(Path.Combine(new DiffCase(n).Expected, "diff.txt")).StartsWith("aeraki-gitops diff: no difference\n", StringComparison.Ordinal));
    }

    private static CompilationResult Compile(string folder)
    {
        var result = new PolicyCompiler(new CompileOptions()).Compile(new DirectoryPolicySource(folder));
        Assert.True(result.Diagnostics.Count == 0, $"{folder} must compile cleanly:\n{string.Join("\n", result.Diagnostics)}");
        return result;
    }
}
