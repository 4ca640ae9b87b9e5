using System.Text.Json;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Cli;

/// <summary>`aeraki-gitops test`: exit codes, failure lines and the summary.</summary>
public sealed class TestCommandTests : IDisposable
{
    private const string Failing = """
        apiVersion: aeraki-gitops.io/v1alpha1
        kind: RouteTest
        metadata:
          name: wrong
          namespace: meta-thrift
        spec:
          tests:
          - name: sayHello goes to v1
            request:
              host: thrift-sample-server.meta-thrift.svc.cluster.local
              attributes: {method: sayHello}
            expect:
              cluster: outbound|9090|v1|thrift-sample-server.meta-thrift.svc.cluster.local
        """;

    private readonly TemporaryGitRepository _repo = new();

    public TestCommandTests()
    {
        _repo.CopyFrom(RepositoryPaths.Combine("policies", "thrift"), "thrift");
        _repo.Write("tests/thrift-routes.yaml", File.ReadAllText(RepositoryPaths.Combine("policies", "tests", "thrift-routes.yaml")));
    }

    [Fact]
    public void The_bundled_policies_pass_their_route_tests()
    {
        var run = CliRun.Of("test", RepositoryPaths.Policies);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^\d+ route tests: (\d+) passed, 0 failed\n$", run.Out);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void A_failing_route_test_prints_its_position_and_exits_1()
    {
        _repo.Write("thrift/wrong-test.yaml", Failing);
        _repo.Commit("A wrong route test");

        var run = CliRun.Of("test", "--repo", _repo.Path);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("thrift/wrong-test.yaml(8,5): error AGO6001: route test 'sayHello goes to v1' failed", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("route tests: 3 passed, 1 failed\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_tests_of_a_repository_with_errors_are_not_run_and_the_exit_code_is_1()
    {
        _repo.Write("thrift/broken.yaml", "apiVersion: metaprotocol.aeraki.io/v1alpha1\nkind: MetaRouter\nmetadata:\n  name: b\nspec: {}\n");

        var run = CliRun.Of("test", _repo.Path);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("route tests not run, the policies have errors", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_reports_the_counts()
    {
        _repo.Write("thrift/wrong-test.yaml", Failing);

        var run = CliRun.Of("test", _repo.Path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var counts = json.RootElement.GetProperty("routeTests");
        Assert.Equal((4, 3, 1), (counts.GetProperty("total").GetInt32(), counts.GetProperty("passed").GetInt32(), counts.GetProperty("failed").GetInt32()));
        Assert.Equal("AGO6001", json.RootElement.GetProperty("diagnostics")[0].GetProperty("id").GetString());
    }

    public void Dispose() => _repo.Dispose();
}
