using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Sources;
using AerakiGitOps.Xds.Tests.Infrastructure;
using static AerakiGitOps.Xds.Tests.Infrastructure.ProtocolHarness;

namespace AerakiGitOps.Xds.Tests.Functional;

/// <summary>End to end: a temporary git repository, compiled in process, served to a real client.</summary>
public sealed class GitServeTests
{
    private const string MetaRouter = "thrift/metarouter.yaml";

    [Fact]
    public async Task A_committed_route_change_is_pushed_a_broken_commit_is_not_and_a_restart_serves_the_same_version()
    {
        using var repository = new PolicyRepository();
        string servedVersion;
        string routeName;
        string changedCommit;
        await using (var server = await TestServer.StartAsync(new GitSnapshotSource(repository.Path, "HEAD", null, new CompileOptions())))
        {
            server.ExpectedErrorEvents.Add(201);
            routeName = server.Host.Cache.Current!.Resources.Keys.Single(k => k.StartsWith("thrift-sample-server", StringComparison.Ordinal));
            await using var call = XdsClients.Sotw(server.Channel(), XdsApi.Rds);
            await call.SendAsync(Sotw(names: [routeName]));
            var first = await call.NextAsync();
            await call.SendAsync(Sotw(nonce: first.Nonce, version: first.VersionInfo, names: [routeName]));
            var http = server.Http();

            changedCommit = repository.Write(MetaRouter, repository.Read(MetaRouter).Replace("v2-for-hello", "v2-for-greetings", StringComparison.Ordinal));
            await http.PostAsync("/refresh", null);
            var second = await call.NextAsync();
            await call.SendAsync(Sotw(nonce: second.Nonce, version: second.VersionInfo, names: [routeName]));
            await Eventually.TrueAsync(() => server.Host.Clients.List().Single().LastVersionAcked == second.VersionInfo, "the ACK of the change");

            var brokenCommit = repository.Write(MetaRouter, "kind: MetaRouter\nspec: [unclosed\n");
            await http.PostAsync("/refresh", null);
            await Eventually.TrueAsync(() => server.Host.Cache.FailedLoads == 1, "the failed compile");
            await call.ExpectNothingAsync();
            var metrics = await http.GetStringAsync("/metrics");
            var status = await http.GetStringAsync("/debug/status");

            var routes = Envoy.Config.Route.V3.RouteConfiguration.Parser.ParseFrom(Assert.Single(second.Resources).Value);
            Assert.Contains(routes.VirtualHosts[0].Routes, r => r.Name == "v2-for-greetings");
            Assert.Equal(changedCommit, server.Host.Cache.Current!.SourceCommit);
            Assert.Equal(brokenCommit, server.Host.Cache.LastFailure!.SourceCommit);
            Assert.Contains(brokenCommit, status, StringComparison.Ordinal);
            Assert.Contains($"source_commit=\"{changedCommit}\"", metrics, StringComparison.Ordinal);
            Assert.Contains("aeraki_gitops_snapshot_failed_loads_total 1\n", metrics, StringComparison.Ordinal);
            servedVersion = second.VersionInfo;
        }

        // Restart on the good commit: compiled again from scratch, it must give identical versions.
        await using var restarted = await TestServer.StartAsync(new GitSnapshotSource(repository.Path, changedCommit, null, new CompileOptions()));
        await using var again = XdsClients.Sotw(restarted.Channel(), XdsApi.Rds);
        await again.SendAsync(Sotw(names: [routeName]));

        Assert.Equal(servedVersion, (await again.NextAsync()).VersionInfo);
    }

    [Fact]
    public async Task A_broken_first_commit_makes_start_up_fail_with_the_compiler_diagnostics()
    {
        using var repository = new PolicyRepository();
        var broken = repository.Write(MetaRouter, "kind: MetaRouter\nspec: [unclosed\n");

        var error = await Assert.ThrowsAsync<SnapshotLoadException>(() => TestServer.StartAsync(new GitSnapshotSource(repository.Path, "HEAD", null, new CompileOptions())));

        Assert.Equal(broken, error.SourceCommit);
        Assert.Contains(MetaRouter, error.Diagnostics, StringComparison.Ordinal);
        Assert.Contains(" error AGO", error.Diagnostics, StringComparison.Ordinal);
    }
}
