using AerakiGitOps.Cli.Reporting;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.GoldenTests.Reporting;

/// <summary>The SARIF and GitHub annotation reports of failing golden cases, compared byte for byte with expected files.</summary>
public sealed class SarifGoldenTests
{
    public static TheoryData<string> Cases() => ["005-errors/003-cross-references", "005-errors/004-bad-metarouter", "005-errors/005-schema"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_SARIF_log_of_a_failing_case_matches_its_golden_file(string name)
        => Compare(name, "diagnostics.sarif.json", report => SarifLog.Write(report, "0.1.0") + "\n");

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_GitHub_annotations_of_a_failing_case_match_their_golden_file(string name)
        => Compare(name, "diagnostics.github.txt", report => string.Concat(report.Diagnostics.Select(d => GithubAnnotations.Format(d, report.Paths) + "\n")));

    private static void Compare(string name, string file, Func<Report, string> format)
    {
        var golden = new GoldenCase(name);
        var result = new PolicyCompiler(new CompileOptions()).Compile(new DirectoryPolicySource(golden.Policies));
        Assert.True(result.HasErrors, $"{name} is expected to fail");
        var report = new Report(result.Diagnostics, "summary") { Paths = path => $"policies/{path}" };
        var actual = format(report);
        var expectedPath = RepositoryPaths.Combine("tests", "AerakiGitOps.GoldenTests", "Reporting", "Expected", name.Replace('/', '_') + "." + file);
        if (GoldenRunner.Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
