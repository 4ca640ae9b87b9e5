using AerakiGitOps.Compiler.Tests.Support;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Cli;

public sealed class ExitCodeTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Policies(params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            _folder.Write(Path.Combine("policies", path), text);
        }

        Directory.CreateDirectory(Path.Combine(_folder.Path, "policies"));
        return Path.Combine(_folder.Path, "policies");
    }

    [Fact]
    public void Validate_of_clean_policies_exits_0_and_writes_nothing()
    {
        var folder = Policies(("se.yaml", Support.Policies.ServiceEntry), ("d.yaml", Support.Policies.Deployment));

        var run = CliRun.Of("validate", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("policies are valid: 0 error(s), 1 warning(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("d.yaml(1,1): warning AGO1006:", run.Error, StringComparison.Ordinal);
        Assert.Equal(["policies"], Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName));
        Assert.Equal(["d.yaml", "se.yaml"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Validate_of_invalid_policies_exits_1()
    {
        var run = CliRun.Of("validate", Policies(("broken.yaml", Support.Policies.Broken)));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("broken.yaml(1,1): error AGO1008:", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render", "--no-such-flag")]
    [InlineData("validate", "--format", "yaml")]
    [InlineData("frobnicate")]
    [InlineData("render", "a", "b")]
    public void A_bad_command_line_exits_2(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("validate")]
    public void A_missing_policy_folder_exits_2(string command)
    {
        var run = CliRun.Of(command, Path.Combine(_folder.Path, "missing"), "-o", Path.Combine(_folder.Path, "out"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "out")));
    }

    [Theory]
    [InlineData("no-such-branch")]
    [InlineData("")]
    [InlineData("a..b")]
    public void An_unknown_or_malformed_ref_exits_2(string reference)
    {
        using var git = new GitRepositoryFixture();
        git.Commit(("se.yaml", Support.Policies.ServiceEntry));

        var run = CliRun.Of("validate", "--repo", git.Path, "--ref", reference);

        Assert.True(run.ExitCode == 2, run.ToString());
    }

    [Fact]
    public void A_folder_that_is_not_a_repository_exits_2()
    {
        var run = CliRun.Of("validate", "--repo", Policies());

        Assert.True(run.ExitCode == 2, run.ToString());
    }

    [Fact]
    public void A_missing_subfolder_of_a_repository_exits_2()
    {
        using var git = new GitRepositoryFixture();
        git.Commit(("se.yaml", Support.Policies.ServiceEntry));

        var run = CliRun.Of("validate", "--repo", git.Path, "--path", "nowhere");

        Assert.True(run.ExitCode == 2, run.ToString());
    }

    [Theory]
    [InlineData("\uFEFF\uFEFFkind: [")]
    [InlineData("a: &a [*a]")]
    [InlineData("{{{{{{{{{{")]
    [InlineData("apiVersion: v1\nkind: List\nitems: [1, [2], {kind: x}]")]
    [InlineData("apiVersion: metaprotocol.aeraki.io/v1alpha1\nkind: MetaRouter\nmetadata: {name: m}\nspec: {hosts: [1], routes: [{route: [{destination: {host: 7, port: {number: -1}}}]}], localRateLimit: {tokenBucket: {fillInterval: 99999999999999999999999999999999h}}}")]
    [InlineData("apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{name: tcp-metaprotocol, port: 99999999999}], clusterIP: [x]}")]
    public void Hostile_input_is_never_an_internal_error(string text)
    {
        var folder = Policies(("bad.yaml", text));

        var validate = CliRun.Of("validate", folder);
        var json = CliRun.Of("validate", folder, "--format", "json");

        Assert.True(validate.ExitCode is 0 or 1, validate.ToString());
        Assert.True(json.ExitCode is 0 or 1, json.ToString());
    }
}
