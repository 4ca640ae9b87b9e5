using AerakiGitOps.Cli.Benchmarking;
using System.Text.Json;
using LibGit2Sharp;
using AerakiGitOps.Compiler.Tests.Support;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Cli;

public sealed class RenderCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public RenderCommandTests()
    {
        _folder.Write("policies/se.yaml", Policies.ServiceEntry);
        _folder.Write("policies/mr.yaml", Policies.MetaRouter);
    }

    private string PolicyFolder => Path.Combine(_folder.Path, "policies");

    private string Output => Path.Combine(_folder.Path, "out");

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, byte[]> Snapshot()
        => Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f), File.ReadAllBytes);

    [Fact]
    public void Render_writes_the_output_tree_and_prints_a_summary()
    {
        var run = CliRun.Of("render", PolicyFolder, "-o", Output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(Output, "manifests", "kustomization.yaml")));
        Assert.True(File.Exists(Path.Combine(Output, "routes", "demo.example.com_20880.json")));
        Assert.True(File.Exists(Path.Combine(Output, "snapshot.pb")));
        Assert.Contains("1 route config(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 0 warning(s)", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Timings_are_one_line_naming_every_stage_and_on_linux_the_page_faults()
    {
        var run = CliRun.Of("render", PolicyFolder, "-o", Output, "--timings");

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.Error.Split('\n'), l => l.StartsWith(TimingReport.Prefix, StringComparison.Ordinal));
        var values = TimingReport.Parse(line);
        string[] names = ["wall_ms", "cpu_ms", "peak_mb", "read_ms", "load_ms", "schema_ms", "model_ms", "rules_ms", "render_ms", "emit_ms", "write_ms", "gc_pause_ms", "gc_count", "gen2_count", "gc_server", "allocated_mb", "jit_ms", "jit_methods"];
        Assert.All(names, name => Assert.True(values.TryGetValue(name, out var value) && value >= 0, $"{name} in {line}"));
        Assert.True(values["wall_ms"] > 0 && values["peak_mb"] > 0 && values["allocated_mb"] > 0 && values["jit_methods"] > 0, line);
        Assert.Equal(System.Runtime.GCSettings.IsServerGC ? 1 : 0, values["gc_server"]);
        Assert.Equal(OperatingSystem.IsLinux(), values.TryGetValue("page_faults", out var faults) && faults > 0);
    }

    [Theory]
    [InlineData("4242 (aeraki-gitops) R 1 4242 4242 0 -1 4194560 19371 0 0 0 110 41", 19371L)]
    [InlineData("7 (a (b) c) S 1 7 7 34816 7 4194304 812 3 1 0 5 2", 812L)]
    [InlineData("7 (truncated) S 1 7", null)]
    [InlineData("no parenthesis here", null)]
    public void Minor_faults_are_the_eighth_field_after_the_command_name(string stat, long? expected)
        => Assert.Equal(expected, ResourceUsage.MinorFaults(stat));

    [Fact]
    public void A_failed_render_exits_1_and_leaves_the_previous_output_byte_for_byte()
    {
        Assert.Equal(0, CliRun.Of("render", PolicyFolder, "-o", Output).ExitCode);
        var before = Snapshot();
        var times = Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        _folder.Write("policies/broken.yaml", Policies.Broken);
        _folder.Write("policies/se.yaml", Policies.ServiceEntry.Replace("20880", "20881", StringComparison.Ordinal));

        var run = CliRun.Of("render", PolicyFolder, "-o", Output);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("broken.yaml(1,1): error AGO1008:", run.Error, StringComparison.Ordinal);
        var after = Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
    }

    [Fact]
    public void Check_exits_0_when_the_folder_is_up_to_date_and_1_listing_the_files_that_differ()
    {
        CliRun.Of("render", PolicyFolder, "-o", Output);
        var upToDate = CliRun.Of("render", PolicyFolder, "-o", Output, "--check");
        _folder.Write("policies/se.yaml", Policies.ServiceEntry.Replace("240.240.0.10", "240.240.0.11", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Output, "manifests", "meta", "leftover.yaml"), "x");

        var outdated = CliRun.Of("render", PolicyFolder, "-o", Output, "--check");

        Assert.True(upToDate.ExitCode == 0, upToDate.ToString());
        Assert.True(outdated.ExitCode == 1, outdated.ToString());
        Assert.Contains($"changed: {Output}/manifests/meta/serviceentry-demo.yaml", outdated.Out, StringComparison.Ordinal);
        Assert.Contains($"stale: {Output}/manifests/meta/leftover.yaml", outdated.Out, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(Path.Combine(Output, "manifests", "meta", "leftover.yaml")));
    }

    [Fact]
    public void A_foreign_output_folder_is_a_usage_error_and_is_left_alone()
    {
        _folder.Write("out/mine.txt", "keep");

        var run = CliRun.Of("render", PolicyFolder, "-o", Output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(["mine.txt"], Directory.EnumerateFileSystemEntries(Output).Select(Path.GetFileName));
    }

    [Fact]
    public void Json_format_prints_one_object_with_counts_and_positioned_diagnostics()
    {
        _folder.Write("policies/broken.yaml", Policies.Broken);
        _folder.Write("policies/deploy.yaml", Policies.Deployment);

        var run = CliRun.Of("render", PolicyFolder, "-o", Output, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        // Paths are shown relative to the working folder, so editors and CI logs can open them.
        string Shown(string file) => Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(PolicyFolder, file)).Replace('\\', '/');
        Assert.Equal(
            [$"AGO1008 {Shown("broken.yaml")} 1 1 error", $"AGO1006 {Shown("deploy.yaml")} 1 1 warning"],
            root.GetProperty("diagnostics").EnumerateArray().Select(d =>
                $"{d.GetProperty("id").GetString()} {d.GetProperty("file").GetString()} {d.GetProperty("line").GetInt32()} {d.GetProperty("column").GetInt32()} {d.GetProperty("severity").GetString()}"));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Render_from_a_git_ref_records_the_commit_in_snapshot_json()
    {
        using var git = new GitRepositoryFixture();
        git.Commit(("deploy/se.yaml", Policies.ServiceEntry), ("deploy/mr.yaml", Policies.MetaRouter));
        git.Repository.CreateBranch("release");
        var release = git.Repository.Branches["release"].Tip;
        git.Commit(("deploy/broken.yaml", Policies.Broken));

        var run = CliRun.Of("render", "--repo", git.Path, "--ref", "release", "--path", "deploy", "-o", Output);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "snapshot.json")));
        Assert.Equal(release.Sha, index.RootElement.GetProperty("sourceCommit").GetString());
    }

    [Fact]
    public void Render_from_head_of_a_repository_with_errors_exits_1()
    {
        using var git = new GitRepositoryFixture();
        git.Commit(("broken.yaml", Policies.Broken));

        var run = CliRun.Of("render", "--repo", git.Path, "-o", Output);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("broken.yaml(1,1): error AGO1008:", run.Error, StringComparison.Ordinal);
    }
}
