using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Tests.Infrastructure;
using Envoy.Config.Core.V3;
using static AerakiGitOps.Xds.Tests.Infrastructure.ProtocolHarness;

namespace AerakiGitOps.Xds.Tests.Functional;

/// <summary>The real server in process, a real grpc-dotnet client, on loopback.</summary>
public sealed class XdsServingTests
{
    [Theory]
    [InlineData(XdsApi.Rds)]
    [InlineData(XdsApi.Ads)]
    public async Task A_state_of_the_world_client_gets_its_route_config_acks_it_and_gets_the_next_change(XdsApi api)
    {
        var initial = TestRoutes.Snapshot("c1", ("a_1", "ca"), ("b_2", "cb"));
        await using var server = await TestServer.StartAsync(initial);
        await using var call = XdsClients.Sotw(server.Channel(), api);

        await call.SendAsync(Sotw(node: new Node { Id = "proxy-1" }, names: ["a_1"]));
        var first = await call.NextAsync();
        await call.SendAsync(Sotw(nonce: first.Nonce, version: first.VersionInfo, names: ["a_1"]));
        await call.ExpectNothingAsync();
        await Eventually.TrueAsync(() => server.Host.Clients.List().Single().LastVersionAcked is not null, "the ACK");
        server.Host.Cache.Publish(XdsSnapshot.Create(TestRoutes.Snapshot("c2", ("a_1", "changed"), ("b_2", "cb"))));
        var second = await call.NextAsync();

        Assert.Equal(Rds, first.TypeUrl);
        Assert.Equal(initial.Routes[0].RouteConfig, Assert.Single(first.Resources).Unpack<Envoy.Config.Route.V3.RouteConfiguration>());
        Assert.Equal(ContentHash.OfPairs([KeyValuePair.Create("a_1", initial.Routes[0].Version)]), first.VersionInfo);
        Assert.Equal("changed", TestRoutes.ClusterOf(Assert.Single(second.Resources)));
        Assert.NotEqual(first.Nonce, second.Nonce);
        var client = Assert.Single(server.Host.Clients.List());
        Assert.Equal("proxy-1", client.NodeId);
        Assert.Equal(first.VersionInfo, client.LastVersionAcked);
        Assert.Equal(second.VersionInfo, client.LastVersionSent);
    }

    [Theory]
    [InlineData(XdsApi.Rds)]
    [InlineData(XdsApi.Ads)]
    public async Task A_delta_client_gets_versions_per_resource_and_removals(XdsApi api)
    {
        var initial = TestRoutes.Snapshot("c1", ("a_1", "ca"), ("b_2", "cb"));
        await using var server = await TestServer.StartAsync(initial);
        await using var call = XdsClients.Delta(server.Channel(), api);

        await call.SendAsync(Delta(subscribe: ["a_1", "b_2"], node: new Node { Id = "proxy-2" }));
        var first = await call.NextAsync();
        await call.SendAsync(Delta(nonce: first.Nonce));
        await Eventually.TrueAsync(() => server.Host.Clients.List().Single().LastVersionAcked is not null, "the ACK");
        server.Host.Cache.Publish(XdsSnapshot.Create(TestRoutes.Snapshot("c2", ("a_1", "ca"))));
        var removal = await call.NextAsync();

        Assert.Equal(initial.Version, first.SystemVersionInfo);
        Assert.Equal(initial.Routes.Select(r => (r.Name, r.Version)), first.Resources.Select(r => (r.Name, r.Version)));
        Assert.Equal(["b_2"], removal.RemovedResources);
        Assert.Empty(removal.Resources);
        Assert.Equal(first.SystemVersionInfo, Assert.Single(server.Host.Clients.List()).LastVersionAcked);
    }

    [Fact]
    public async Task A_change_reaches_only_the_streams_that_subscribe_to_the_changed_route_config()
    {
        await using var server = await TestServer.StartAsync(TestRoutes.Snapshot("c1", ("a_1", "ca"), ("b_2", "cb")));
        var channel = server.Channel();
        await using var callA = XdsClients.Sotw(channel, XdsApi.Rds);
        await using var callB = XdsClients.Delta(channel, XdsApi.Rds);
        await callA.SendAsync(Sotw(names: ["a_1"]));
        await callB.SendAsync(Delta(subscribe: ["b_2"]));
        await callA.NextAsync();
        await callB.NextAsync();

        server.Host.Cache.Publish(XdsSnapshot.Create(TestRoutes.Snapshot("c2", ("a_1", "changed"), ("b_2", "cb"))));

        Assert.Equal("changed", TestRoutes.ClusterOf((await callA.NextAsync()).Resources[0]));
        await callB.ExpectNothingAsync();
    }

    [Fact]
    public async Task A_restarted_server_serves_the_same_versions_for_the_same_content()
    {
        var versions = new List<(string Sotw, string Delta)>();
        for (var run = 0; run < 2; run++)
        {
            await using var server = await TestServer.StartAsync(TestRoutes.Snapshot("c1", ("a_1", "ca")));
            var channel = server.Channel();
            await using var sotw = XdsClients.Sotw(channel, XdsApi.Rds);
            await using var delta = XdsClients.Delta(channel, XdsApi.Ads);
            await sotw.SendAsync(Sotw(names: ["a_1"]));
            await delta.SendAsync(Delta(subscribe: ["a_1"]));
            versions.Add(((await sotw.NextAsync()).VersionInfo, (await delta.NextAsync()).Resources[0].Version));
        }

        Assert.Equal(versions[0], versions[1]);
    }

    [Fact]
    public async Task Stopping_the_server_ends_open_streams_so_proxies_reconnect_elsewhere()
    {
        var server = await TestServer.StartAsync(TestRoutes.Snapshot("c1", ("a_1", "ca")));

        // A channel of its own: the server's helper channels are disposed before the host stops.
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(server.XdsAddress);
        var call = XdsClients.Sotw(channel, XdsApi.Rds);
        await call.SendAsync(Sotw(names: ["a_1"]));
        await call.NextAsync();

        var stopping = server.DisposeAsync().AsTask();
        var status = await call.EndAsync();
        await stopping;
        await call.DisposeAsync();

        Assert.True(status.StatusCode == Grpc.Core.StatusCode.OK, status.ToString());
    }

    [Fact]
    public async Task The_standard_grpc_health_service_reports_serving_on_the_xds_port()
    {
        await using var server = await TestServer.StartAsync(TestRoutes.Snapshot("c1", ("a_1", "ca")));
        var health = new Grpc.Health.V1.Health.HealthClient(server.Channel());

        var reply = await health.CheckAsync(new Grpc.Health.V1.HealthCheckRequest());

        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }

    [Fact]
    public async Task A_bad_first_load_fails_start_up_with_the_diagnostics()
    {
        var source = new ScriptedSnapshotSource().Then(AerakiGitOps.Xds.Sources.SnapshotLoadResult.Failed("abc", "error AGO0100: broken"));

        var error = await Assert.ThrowsAsync<AerakiGitOps.Xds.Sources.SnapshotLoadException>(() => TestServer.StartAsync(source));

        Assert.Contains("AGO0100", error.Diagnostics, StringComparison.Ordinal);
    }
}
