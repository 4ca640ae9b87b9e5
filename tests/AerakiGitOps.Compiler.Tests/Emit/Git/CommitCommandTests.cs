using AerakiGitOps.Cli;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Emit.Git;

/// <summary>`aeraki-gitops commit` against real temporary repositories, checked with the git command line.</summary>
public sealed class CommitCommandTests : IDisposable
{
    private readonly GitRepositoryFixture _git = new();

    public CommitCommandTests()
    {
        _git.CopyFolder(RepositoryPaths.Policies, "policies");
        _git.Write("README.md", "# mesh policies\n");
        _git.CommitAll("Add policies");
    }

    public void Dispose() => _git.Dispose();

    [Fact]
    public void Commit_to_a_folder_adds_one_commit_with_every_generated_file_and_leaves_the_tree_clean()
    {
        var (code, stdout, _) = Run("commit", "--repo", _git.Path, "--path", "policies");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("committed", stdout, StringComparison.Ordinal);
        Assert.Equal(2, _git.Git("rev-list --count HEAD").Trim() switch { var n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) });
        var files = _git.Git("show --name-only --format= HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("generated/manifests/kustomization.yaml", files);
        Assert.Contains("generated/snapshot.pb", files);
        Assert.All(files, f => Assert.StartsWith("generated/", f, StringComparison.Ordinal));
        Assert.Equal(string.Empty, _git.Git("status --porcelain"));
    }

    [Fact]
    public void The_commit_message_names_the_source_commit_and_the_changes()
    {
        var source = _git.Git("rev-parse HEAD").Trim();
        Run("commit", "--repo", _git.Path, "--path", "policies");

        var message = _git.Git("log -1 --format=%B");
        Assert.StartsWith($"aeraki-gitops: render {source[..12]}", message, StringComparison.Ordinal);
        Assert.Contains($"Rendered from {source}", message, StringComparison.Ordinal);
        Assert.Contains("added:   manifests/kustomization.yaml", message, StringComparison.Ordinal);
        Assert.Equal("Policy Author <author@example.com>", _git.Git("log -1 --format=%an%x20<%ae>").Trim());
    }

    [Fact]
    public void A_second_commit_with_unchanged_policies_makes_no_commit()
    {
        Run("commit", "--repo", _git.Path, "--path", "policies");
        var tip = _git.Git("rev-parse HEAD");

        var (code, stdout, _) = Run("commit", "--repo", _git.Path, "--path", "policies");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("no commit made", stdout, StringComparison.Ordinal);
        Assert.Equal(tip, _git.Git("rev-parse HEAD"));
    }

    [Fact]
    public void Files_no_longer_generated_are_removed_in_the_same_commit()
    {
        Run("commit", "--repo", _git.Path, "--path", "policies");
        _git.Delete("policies/trpc/service.yaml");
        _git.Delete("policies/trpc/metarouter.yaml");
        _git.CommitAll("Retire the tRPC echo service");

        var (code, _, stderr) = Run("commit", "--repo", _git.Path, "--path", "policies");

        Assert.True(code == ExitCodes.Success, stderr);
        var changes = _git.Git("show --name-status --format= HEAD");
        Assert.Contains("D\tgenerated/routes/trpc-echo.meta-trpc.svc.cluster.local_8000.json", changes, StringComparison.Ordinal);
        Assert.Contains("D\tgenerated/manifests/istio-system/envoyfilter-aeraki-inbound-trpc-echo.meta-trpc.svc.cluster.local-8000.yaml", changes, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_git.Path, "generated/routes/trpc-echo.meta-trpc.svc.cluster.local_8000.json")));
        Assert.Equal(string.Empty, _git.Git("status --porcelain"));
    }

    [Fact]
    public void Uncommitted_changes_in_the_output_folder_are_refused_and_kept()
    {
        Run("commit", "--repo", _git.Path, "--path", "policies");
        var edited = _git.Write("generated/manifests/kustomization.yaml", "# my local edit\n");
        var tip = _git.Git("rev-parse HEAD");

        var (code, _, stderr) = Run("commit", "--repo", _git.Path, "--path", "policies");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("uncommitted changes", stderr, StringComparison.Ordinal);
        Assert.Equal("# my local edit\n", File.ReadAllText(edited));
        Assert.Equal(tip, _git.Git("rev-parse HEAD"));
    }

    [Fact]
    public void Changes_staged_outside_the_output_folder_are_not_committed()
    {
        _git.Write("README.md", "# staged but not for aeraki-gitops\n");
        _git.Git("add README.md");

        Run("commit", "--repo", _git.Path, "--path", "policies");

        Assert.DoesNotContain("README.md", _git.Git("show --name-only --format= HEAD"), StringComparison.Ordinal);
        Assert.Equal("M  README.md", _git.Git("status --porcelain").Trim());
    }

    [Fact]
    public void Commit_to_a_branch_puts_the_output_at_the_branch_root_without_touching_the_working_tree()
    {
        var (code, _, _) = Run("commit", "--repo", _git.Path, "--path", "policies", "--branch", "env/prod");

        Assert.Equal(ExitCodes.Success, code);
        var root = _git.Git("ls-tree --name-only env/prod").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["manifests", "routes", "snapshot.json", "snapshot.pb"], root);
        Assert.Equal(_git.Git("rev-parse env/prod"), _git.Git("rev-list --max-parents=0 env/prod"));
        Assert.False(Directory.Exists(Path.Combine(_git.Path, "generated")));
        Assert.Equal(string.Empty, _git.Git("status --porcelain"));

        var (again, stdout, _) = Run("commit", "--repo", _git.Path, "--path", "policies", "--branch", "env/prod");
        Assert.Equal(ExitCodes.Success, again);
        Assert.Contains("no commit made", stdout, StringComparison.Ordinal);
        Assert.Equal("1", _git.Git("rev-list --count env/prod").Trim());
    }

    [Fact]
    public void A_policy_error_commits_nothing_and_exits_1()
    {
        _git.Write("policies/broken.yaml", "kind: MetaRouter\napiVersion: metaprotocol.aeraki.io/v1alpha1\nmetadata: {name: x}\nspec: {hosts: []}\n");
        _git.CommitAll("Break it");
        var tip = _git.Git("rev-parse HEAD");

        var (code, _, stderr) = Run("commit", "--repo", _git.Path, "--path", "policies");

        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("policies/broken.yaml(4,", stderr, StringComparison.Ordinal);
        Assert.Equal(tip, _git.Git("rev-parse HEAD"));
        Assert.False(Directory.Exists(Path.Combine(_git.Path, "generated")));
    }

    [Fact]
    public void Output_and_branch_together_are_a_usage_error()
    {
        var (code, _, stderr) = Run("commit", "--repo", _git.Path, "--output", "out", "--branch", "env/prod");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("cannot be used together", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, new CliConsole(stdout, stderr));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
