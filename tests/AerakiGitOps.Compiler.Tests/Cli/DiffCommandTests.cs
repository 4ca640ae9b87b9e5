using System.Text.Json;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Cli;

/// <summary>`aeraki-gitops diff` against a real git repository with two commits.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly TemporaryGitRepository _repo = new();

    public DiffCommandTests()
    {
        _repo.CopyFrom(RepositoryPaths.Combine("policies", "thrift"), "policies/thrift");
        _repo.Commit("Thrift routes");
        var router = Path.Combine(_repo.Path, "policies", "thrift", "metarouter.yaml");
        File.WriteAllText(router, File.ReadAllText(router).Replace("subset: v2", "subset: v1", StringComparison.Ordinal));
        _repo.Commit("Send sayHello to v1");
    }

    [Fact]
    public void The_diff_between_two_commits_names_the_traffic_shift_and_exits_0()
    {
        Assert.Equal(2, _repo.Git("log", "--oneline").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var run = CliRun.Of("diff", "--repo", _repo.Path, "--base", "HEAD~1", "--head", "HEAD", "--path", "policies");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("aeraki-gitops diff: route configs: 1 changed; routes: 1 changed\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  v1 of thrift-sample-server: 0% -> 100% for method sayHello (route v2-for-hello)\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  v2 of thrift-sample-server: 100% -> 0% for method sayHello (route v2-for-hello)\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void With_exit_code_a_difference_exits_1_and_no_difference_exits_0()
    {
        var changed = CliRun.Of("diff", "--repo", _repo.Path, "--base", "HEAD~1", "--head", "HEAD", "--path", "policies", "--exit-code");
        var same = CliRun.Of("diff", "--repo", _repo.Path, "--base", "HEAD", "--head", "HEAD", "--path", "policies", "--exit-code");

        Assert.True(changed.ExitCode == 1, changed.ToString());
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.StartsWith("aeraki-gitops diff: no difference\n", same.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_names_the_commits_git_resolves_for_both_refs()
    {
        var run = CliRun.Of("diff", "--repo", _repo.Path, "--base", "HEAD~1", "--head", "HEAD", "--path", "policies", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(_repo.Git("rev-parse", "HEAD~1").Trim(), json.RootElement.GetProperty("baseCommit").GetString());
        Assert.Equal(_repo.Git("rev-parse", "HEAD").Trim(), json.RootElement.GetProperty("headCommit").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("trafficShifts").GetArrayLength());
    }

    [Fact]
    public void Markdown_is_a_pull_request_comment_with_the_shifts_first()
    {
        var run = CliRun.Of("diff", "--repo", _repo.Path, "--base", "HEAD~1", "--head", "HEAD", "--path", "policies", "--format", "markdown");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("## aeraki-gitops diff\n", run.Out, StringComparison.Ordinal);
        Assert.True(run.Out.IndexOf("### Traffic shifts", StringComparison.Ordinal) < run.Out.IndexOf("### Route config", StringComparison.Ordinal), run.Out);
    }

    [Fact]
    public void A_head_that_does_not_compile_prints_its_diagnostics_and_exits_1()
    {
        _repo.Write("policies/thrift/broken.yaml", "apiVersion: metaprotocol.aeraki.io/v1alpha1\nkind: MetaRouter\nmetadata:\n  name: broken\nspec:\n  hosts: [nowhere.example.com]\n  routes: []\n");
        _repo.Commit("Break the policies");

        var run = CliRun.Of("diff", "--repo", _repo.Path, "--base", "HEAD~1", "--head", "HEAD", "--path", "policies", "--exit-code");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("policies/thrift/broken.yaml(", run.Error, StringComparison.Ordinal);
        Assert.Contains("cannot diff: the head ref 'HEAD' does not compile", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_ref_is_a_usage_error()
    {
        var run = CliRun.Of("diff", "--repo", _repo.Path, "--base", "no-such-branch", "--head", "HEAD");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("base ref 'no-such-branch'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_and_head_are_required()
        => Assert.Equal(2, CliRun.Of("diff", "--repo", _repo.Path, "--head", "HEAD").ExitCode);

    [Fact]
    public void Committed_output_inside_the_policy_folder_is_not_read_as_policies()
    {
        using var repo = new TemporaryGitRepository();
        repo.CopyFrom(RepositoryPaths.Combine("policies", "thrift"), "thrift");
        repo.CopyFrom(RepositoryPaths.Combine("policies", "thrift"), "generated/manifests/meta-thrift");
        repo.Commit("Policies and their committed output at the repository root");

        var run = CliRun.Of("diff", "--repo", repo.Path, "--base", "HEAD", "--head", "HEAD", "--exit-code");
        var unexcluded = CliRun.Of("diff", "--repo", repo.Path, "--base", "HEAD", "--head", "HEAD", "--output", "elsewhere");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(unexcluded.ExitCode == 1, unexcluded.ToString());
    }

    public void Dispose() => _repo.Dispose();
}
