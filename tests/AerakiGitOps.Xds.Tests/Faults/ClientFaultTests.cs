using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Tests.Infrastructure;
using Envoy.Service.Route.V3;
using static AerakiGitOps.Xds.Tests.Infrastructure.ProtocolHarness;

namespace AerakiGitOps.Xds.Tests.Faults;

/// <summary>
/// Hostile and broken proxies: one that NACKs every version, one that never reads, hundreds that connect
/// and disconnect at once. None of them may delay or change what every other proxy receives.
/// </summary>
public sealed class ClientFaultTests
{
    [Fact]
    public async Task A_client_that_nacks_every_version_is_never_sent_a_rejected_version_again_and_others_still_get_every_change()
    {
        await using var server = await TestServer.StartAsync(TestRoutes.Snapshot("c1", ("a_1", "v1")));
        await using var nacking = XdsClients.Sotw(server.Channel(), XdsApi.Rds);
        await using var healthy = XdsClients.Sotw(server.Channel(), XdsApi.Rds);
        await nacking.SendAsync(Sotw(names: ["a_1"]));
        await healthy.SendAsync(Sotw(names: ["a_1"]));
        var rejected = await nacking.NextAsync();
        var accepted = await healthy.NextAsync();
        await healthy.SendAsync(Sotw(nonce: accepted.Nonce, version: accepted.VersionInfo, names: ["a_1"]));

        for (var revision = 2; revision <= 5; revision++)
        {
            await nacking.SendAsync(WithError(Sotw(nonce: rejected.Nonce, names: ["a_1"]), "rejected " + rejected.VersionInfo));
            await nacking.ExpectNothingAsync(100);
            server.Host.Cache.Publish(XdsSnapshot.Create(TestRoutes.Snapshot("c" + revision, ("a_1", "v" + revision))));
            rejected = await nacking.NextAsync();
            accepted = await healthy.NextAsync();
            await healthy.SendAsync(Sotw(nonce: accepted.Nonce, version: accepted.VersionInfo, names: ["a_1"]));
            Assert.Equal(accepted.VersionInfo, rejected.VersionInfo);
            Assert.Equal("v" + revision, TestRoutes.ClusterOf(Assert.Single(accepted.Resources)));
        }

        await nacking.SendAsync(WithError(Sotw(nonce: rejected.Nonce, names: ["a_1"]), "rejected " + rejected.VersionInfo));
        await Eventually.TrueAsync(() => server.Host.Clients.List().Any(c => c.LastNackMessage == "rejected " + rejected.VersionInfo), "the last NACK");
        var metrics = await server.Http().GetStringAsync("/metrics");
        var clients = await server.Http().GetStringAsync("/debug/clients");

        await nacking.ExpectNothingAsync();
        Assert.Contains("rejected " + rejected.VersionInfo, clients, StringComparison.Ordinal);
        Assert.Contains("aeraki_gitops_xds_nacks_total{type_url=\"type.googleapis.com/envoy.config.route.v3.RouteConfiguration\"} 5", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_never_reads_does_not_delay_pushes_to_a_client_that_does()
    {
        var big = new string('x', 256 * 1024);
        await using var server = await TestServer.StartAsync(TestRoutes.Snapshot("c0", ("a_1", big + "0")));
        var stuck = new RouteDiscoveryService.RouteDiscoveryServiceClient(server.Channel()).StreamRoutes();
        await stuck.RequestStream.WriteAsync(Sotw(names: ["a_1"]));
        await using var reader = XdsClients.Sotw(server.Channel(), XdsApi.Rds);
        await reader.SendAsync(Sotw(names: ["a_1"]));
        var response = await reader.NextAsync();

        for (var revision = 1; revision <= 30; revision++)
        {
            await reader.SendAsync(Sotw(nonce: response.Nonce, version: response.VersionInfo, names: ["a_1"]));
            server.Host.Cache.Publish(XdsSnapshot.Create(TestRoutes.Snapshot("c" + revision, ("a_1", big + revision))));
            response = await reader.NextAsync();
            Assert.Equal(big + revision, TestRoutes.ClusterOf(Assert.Single(response.Resources)));
        }

        Assert.Equal(2, server.Host.Clients.Count);
        stuck.Dispose();
    }

    [Fact]
    public async Task Hundreds_of_clients_connecting_at_once_all_get_the_same_version_and_leave_no_state_behind()
    {
        const int clients = 500;
        await using var server = await TestServer.StartAsync(TestRoutes.Snapshot("c1", ("a_1", "ca")));
        var channels = Enumerable.Range(0, 10).Select(_ => server.Channel()).ToArray();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        for (var wave = 0; wave < 2; wave++)
        {
            var versions = await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
            {
                await using var call = XdsClients.Sotw(channels[i % channels.Length], XdsApi.Rds);
                await call.SendAsync(Sotw(names: ["a_1"]));
                return (await call.NextAsync()).VersionInfo;
            }));

            Assert.Single(versions.Distinct());
            await Eventually.TrueAsync(() => server.Host.Clients.Count == 0, "every stream to end");
        }

        var growth = GC.GetTotalMemory(forceFullCollection: true) - before;
        var metrics = await server.Http().GetStringAsync("/metrics");
        Assert.True(growth < 64 * 1024 * 1024, $"{2 * clients} connections grew the heap by {growth} bytes");
        Assert.Contains("aeraki_gitops_xds_connected_streams 0\n", metrics, StringComparison.Ordinal);
    }
}
