using System.Diagnostics;
using System.Text.Json;
using AerakiGitOps.Cli;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.GoldenTests;

/// <summary>
/// Runs `validate` over every case in BadInput/ (found by walking the folder) and checks that each ends in
/// the expected diagnostics (id, file, line, column) and exit code 1 or 2, within a time bound, with no
/// exception trace. Set AERAKI_GITOPS_UPDATE_GOLDEN=1 to rewrite expected.txt from the actual result.
/// </summary>
public sealed class BadInputTests
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(10);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var @case in BadInputCase.All())
        {
            data.Add(@case.Name);
        }

        return data;
    }

    [Fact]
    public void The_corpus_covers_every_kind_of_bad_input_the_issue_lists()
        => Assert.True(BadInputCase.All().Count() >= 20, "the bad-input corpus shrank");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_ends_in_the_expected_diagnostics_and_exit_code_within_the_time_bound(string name)
    {
        var @case = new BadInputCase(name);
        using var workspace = new TemporaryFolder();
        var root = Path.Combine(workspace.Path, "policies");
        var outside = Path.Combine(workspace.Path, "outside");
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(outside);
        @case.CopyInputsTo(root);
        var recipe = Path.Combine(@case.Folder, "generate.txt");
        if (File.Exists(recipe))
        {
            BadInputRecipe.Apply(recipe, root, outside);
        }

        var (exitCode, stdout, stderr, elapsed) = Validate(root);

        Assert.True(elapsed < TimeBound, $"{name} took {elapsed}");
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.InRange(exitCode, 1, 2);
        var actual = $"exit {exitCode}\n" + string.Concat(Diagnostics(stdout, root).Select(d => d + "\n"));
        var expectedFile = Path.Combine(@case.Folder, "expected.txt");
        if (Environment.GetEnvironmentVariable("AERAKI_GITOPS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedFile, actual);
        }

        Assert.Equal(File.ReadAllText(expectedFile).ReplaceLineEndings("\n"), actual);
    }

    private static (int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed) Validate(string root)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var clock = Stopwatch.StartNew();
        var run = Task.Run(() => CliApp.Run(["validate", root, "--format", "json"], new CliConsole(stdout, stderr)));
        if (!run.Wait(TimeBound))
        {
            Assert.Fail($"validate did not finish within {TimeBound}");
        }

        return (run.Result, stdout.ToString(), stderr.ToString(), clock.Elapsed);
    }

    /// <summary>`file(line,col) ID` per diagnostic, the file relative to the policy root.</summary>
    private static IEnumerable<string> Diagnostics(string stdout, string root)
    {
        if (stdout.Trim().Length == 0)
        {
            yield break;
        }

        using var json = JsonDocument.Parse(stdout);
        foreach (var diagnostic in json.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            var file = diagnostic.GetProperty("file").GetString()!;
            var relative = file.Length == 0 ? file : Path.GetRelativePath(root, Path.GetFullPath(file)).Replace('\\', '/');
            yield return $"{relative}({diagnostic.GetProperty("line").GetInt32()},{diagnostic.GetProperty("column").GetInt32()}) {diagnostic.GetProperty("id").GetString()}";
        }
    }
}
