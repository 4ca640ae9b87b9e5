using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AerakiGitOps.Cli;
using AerakiGitOps.Cli.Benchmarking;
using AerakiGitOps.GoldenTests.Discovery;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.GoldenTests.Tool;

/// <summary>
/// Every command through <see cref="ToolProcess"/>, checked against what the compiler does in process: the golden
/// cases, the git commands, serve's HTTP endpoints and discover. With <c>AERAKI_GITOPS_TOOL</c> unset they run the
/// build under test; <c>.ci/run</c> runs them again with the installed (native) tool.
/// </summary>
public sealed partial class ToolProcessTests
{
    public static TheoryData<string> GoldenCases => [.. GoldenCase.All().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void A_golden_case_renders_its_expected_files_and_diagnostics(string name)
    {
        var golden = new GoldenCase(name);
        using var temp = new TemporaryFolder();
        var output = Path.Combine(temp.Path, "generated");
        string[] options = golden.CompileOptions().AllowPlaintextSecrets ? ["--allow-plaintext-secrets"] : [];

        var run = ToolProcess.Run(golden.Folder, ["render", "policies", "-o", output, .. options]);

        var expected = GoldenRunner.ReadExpected(golden);
        var diagnostics = Encoding.UTF8.GetString(expected[GoldenRunner.DiagnosticsFile]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var failed = diagnostics.Any(d => d.Contains("): error ", StringComparison.Ordinal));
        Assert.True(run.ExitCode == (failed ? ExitCodes.InputErrors : ExitCodes.Success), run.ToString());
        Assert.All(diagnostics, line => Assert.Contains(line, run.Error, StringComparison.Ordinal));
        expected.Remove(GoldenRunner.DiagnosticsFile);
        Assert.Equal(string.Empty, GoldenRunner.Differences(expected, GoldenRunner.ReadFolder(output)));
    }

    [Fact]
    public void Render_diff_and_commit_read_and_write_git_as_the_compiler_does()
    {
        using var git = new GitRepositoryFixture();
        var diffCase = RepositoryPaths.Combine("tests", "AerakiGitOps.GoldenTests", "DiffCases", "001-traffic-shift");
        git.CopyFolder(Path.Combine(diffCase, "base"), "policies");
        var before = git.CommitAll("90/10");
        git.CopyFolder(Path.Combine(diffCase, "head"), "policies");
        var after = git.CommitAll("shift traffic");
        using var temp = new TemporaryFolder();

        var render = ToolProcess.Run(temp.Path, "render", "--repo", git.Path, "--ref", before, "--path", "policies", "-o", Path.Combine(temp.Path, "tool"));
        var inProcess = CliRun.Of("render", "--repo", git.Path, "--ref", before, "--path", "policies", "-o", Path.Combine(temp.Path, "in-process"));
        Assert.True(render.ExitCode == ExitCodes.Success, render.ToString());
        Assert.True(inProcess.ExitCode == ExitCodes.Success, inProcess.ToString());
        Assert.Equal(string.Empty, GoldenRunner.Differences(GoldenRunner.ReadFolder(Path.Combine(temp.Path, "in-process")), GoldenRunner.ReadFolder(Path.Combine(temp.Path, "tool"))));

        var diff = ToolProcess.Run(temp.Path, "diff", "--repo", git.Path, "--base", before, "--head", after, "--format", "json");
        var diffInProcess = CliRun.Of("diff", "--repo", git.Path, "--base", before, "--head", after, "--format", "json");
        Assert.Equal(diffInProcess.ExitCode, diff.ExitCode);
        Assert.Contains("\"routes\"", diff.Out, StringComparison.Ordinal);
        Assert.Equal(diffInProcess.Out, diff.Out);

        var commit = ToolProcess.Run(git.Path, "commit", "--repo", ".", "--branch", "generated-by-tool", "--path", "policies");
        var commitInProcess = CliRun.Of("commit", "--repo", git.Path, "--branch", "generated-in-process", "--path", "policies");
        Assert.True(commit.ExitCode == ExitCodes.Success, commit.ToString());
        Assert.True(commitInProcess.ExitCode == ExitCodes.Success, commitInProcess.ToString());
        Assert.Equal(git.Git("rev-parse generated-in-process^{tree}"), git.Git("rev-parse generated-by-tool^{tree}"));
        Assert.Equal($"aeraki-gitops: render {after[..12]}\n", git.Git("log -1 --format=%s generated-by-tool"));
    }

    [Fact]
    public async Task Serve_answers_its_health_metrics_and_debug_endpoints()
    {
        using var git = new GitRepositoryFixture();
        git.CopyFolder(RepositoryPaths.Policies, "policies");
        var commit = git.CommitAll("bundled policies");
        var lines = new ConcurrentQueue<string>();
        using var serve = ToolProcess.Start(git.Path, "serve", "--source", git.Path, "--path", "policies", "--listen", "127.0.0.1:0", "--http", "127.0.0.1:0");
        serve.OutputDataReceived += (_, e) => lines.Enqueue(e.Data ?? string.Empty);
        serve.ErrorDataReceived += (_, e) => lines.Enqueue(e.Data ?? string.Empty);
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        try
        {
            var http = await HttpEndPointAsync(serve, lines);
            using var client = new HttpClient { BaseAddress = new Uri($"http://{http}") };

            Assert.Equal("ok\n", await client.GetStringAsync("/healthz"));
            Assert.Equal("ready\n", await client.GetStringAsync("/readyz"));
            Assert.Equal("[]", await client.GetStringAsync("/debug/clients"));
            using var status = JsonDocument.Parse(await client.GetStringAsync("/debug/status"));
            var served = status.RootElement.GetProperty("served");
            Assert.Equal(BundledPolicies.Result.Snapshot!.Version, served.GetProperty("version").GetString());
            Assert.Equal(commit, served.GetProperty("sourceCommit").GetString());
            Assert.Equal(BundledPolicies.Result.Snapshot.Routes.Count, served.GetProperty("routeConfigs").GetInt32());
            using var snapshot = JsonDocument.Parse(await client.GetStringAsync("/debug/snapshot"));
            Assert.Equal(BundledPolicies.Result.Snapshot.Routes.Count, snapshot.RootElement.GetProperty("routes").GetArrayLength());
            Assert.Contains("aeraki_gitops_", await client.GetStringAsync("/metrics"), StringComparison.Ordinal);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    [Fact]
    public void Discover_reads_the_cluster_through_the_kubeconfig()
    {
        using var folder = new TemporaryFolder();
        using var api = new FakeKubernetesApi();
        var policies = DiscoverPolicies.Write(folder);
        DiscoverPolicies.Serve(api);

        var run = ToolProcess.Run(folder.Path, "discover", policies, "--kubeconfig", api.WriteKubeconfig(folder.Path));

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(DiscoverPolicies.ExpectedLock.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(policies, "aeraki-gitops.lock.yaml")));
    }

    /// <summary>
    /// How the tool was built shows in its timings: the native package (no JIT) collects with server GC; a build that
    /// compiles with the JIT keeps the workstation collector (server GC made it slower at 1,000 services). <c>.ci/run</c>
    /// sets <c>AERAKI_GITOPS_TOOL_NATIVE=1</c> for the installed linux-x64 package, so a package that lost its native build fails.
    /// </summary>
    [Fact]
    public void A_native_tool_compiles_nothing_at_run_time_and_collects_with_server_gc()
    {
        using var temp = new TemporaryFolder();

        var run = ToolProcess.Run(temp.Path, "render", RepositoryPaths.Policies, "-o", Path.Combine(temp.Path, "generated"), "--timings");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var line = Assert.Single(run.Error.Split('\n'), l => l.StartsWith(TimingReport.Prefix, StringComparison.Ordinal));
        var values = TimingReport.Parse(line);
        var native = values["jit_methods"] == 0;
        Assert.Equal(native ? 1 : 0, values["gc_server"]);
        if (Environment.GetEnvironmentVariable(ToolProcess.NativeVariable) == "1")
        {
            Assert.True(native, $"{ToolProcess.NativeVariable}=1 but the tool compiled methods at run time: {line}");
        }
    }

    /// <summary>`bench --rounds`: the sizes rendered in turn (each in a child process of the tool), then the summary and the growth per pair.</summary>
    [Fact]
    public void Bench_renders_the_sizes_in_turn_for_each_round_and_judges_growth_by_the_median_pair()
    {
        using var temp = new TemporaryFolder();

        var run = ToolProcess.Run(temp.Path, "bench", "--services", "20", "40", "--rounds", "3", "--max-growth", "50", "--keep", Path.Combine(temp.Path, "bench"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var rows = run.Out.Split('\n').Where(l => Regex.IsMatch(l, @"^\s+\d+\s+\d")).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).ToArray();
        Assert.Equal(["20", "40", "20", "40", "20", "40"], rows);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("20 services over 3 rounds: process_ms min ", StringComparison.Ordinal));
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("40 services over 3 rounds: process_ms min ", StringComparison.Ordinal));
        Assert.Matches(@"growth 20 -> 40: \d+\.\d\d x linear \(limit 50\.00, median of 3 rounds\)", run.Out);
        Assert.True(File.Exists(Path.Combine(temp.Path, "bench", "generated-40", "snapshot.json")));

        var refused = ToolProcess.Run(temp.Path, "bench", "--services", "20", "--rounds", "0");
        Assert.NotEqual(ExitCodes.Success, refused.ExitCode);
        Assert.Contains("--rounds must be at least 1", refused.Error + refused.Out, StringComparison.Ordinal);
    }

    private static async Task<string> HttpEndPointAsync(System.Diagnostics.Process serve, ConcurrentQueue<string> lines)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !serve.HasExited)
        {
            if (lines.Select(line => ListeningLine().Match(line)).FirstOrDefault(m => m.Success) is { } match)
            {
                return match.Groups["http"].Value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"serve did not report its ports:\n{string.Join('\n', lines)}");
    }

    [GeneratedRegex(@"health, metrics and debug \(HTTP/1\.1\) on (?<http>\S+)")]
    private static partial Regex ListeningLine();
}
