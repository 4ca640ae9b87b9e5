using System.Net;
using System.Text.Json;
using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Sources;
using AerakiGitOps.Xds.Tests.Infrastructure;
using Envoy.Config.Core.V3;
using static AerakiGitOps.Xds.Tests.Infrastructure.ProtocolHarness;

namespace AerakiGitOps.Xds.Tests.Functional;

/// <summary>The operator endpoints on the HTTP port, against the real host.</summary>
public sealed class HttpEndpointTests
{
    [Fact]
    public async Task Healthz_and_readyz_answer_ok_once_a_snapshot_is_served()
    {
        await using var server = await TestServer.StartAsync(TestRoutes.Snapshot("c1", ("a_1", "ca")));
        var http = server.Http();

        var health = await http.GetAsync("/healthz");
        var ready = await http.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready\n", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_show_streams_acks_nacks_and_the_served_version_and_commit()
    {
        var snapshot = TestRoutes.Snapshot("c0mm1t", ("a_1", "ca"));
        await using var server = await TestServer.StartAsync(snapshot);
        await using var call = XdsClients.Sotw(server.Channel(), XdsApi.Rds);
        await call.SendAsync(Sotw(names: ["a_1"]));
        var first = await call.NextAsync();
        await call.SendAsync(WithError(Sotw(nonce: first.Nonce, names: ["a_1"]), "rejected"));
        await Eventually.TrueAsync(() => server.Host.Metrics.Nacks.Get(Rds) == 1, "the NACK");

        var metrics = await server.Http().GetStringAsync("/metrics");

        Assert.Contains("aeraki_gitops_xds_connected_streams 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains($"aeraki_gitops_xds_pushes_total{{type_url=\"{Rds}\"}} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains($"aeraki_gitops_xds_acks_total{{type_url=\"{Rds}\"}} 0\n", metrics, StringComparison.Ordinal);
        Assert.Contains($"aeraki_gitops_xds_nacks_total{{type_url=\"{Rds}\"}} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains($"aeraki_gitops_xds_stale_requests_total{{type_url=\"{Rds}\"}} 0\n", metrics, StringComparison.Ordinal);
        Assert.Contains($"aeraki_gitops_snapshot_info{{version=\"{snapshot.Version}\",source_commit=\"c0mm1t\"}} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("aeraki_gitops_snapshot_failed_loads_total 0\n", metrics, StringComparison.Ordinal);
        Assert.Contains("# TYPE aeraki_gitops_snapshot_load_duration_seconds gauge\n", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Debug_clients_lists_node_subscriptions_and_versions_per_stream()
    {
        await using var server = await TestServer.StartAsync(TestRoutes.Snapshot("c1", ("a_1", "ca"), ("b_2", "cb")));
        await using var call = XdsClients.Sotw(server.Channel(), XdsApi.Ads);
        await call.SendAsync(Sotw(node: new Node { Id = "sidecar~10.1.2.3~app.ns" }, names: ["b_2", "a_1"]));
        var response = await call.NextAsync();
        await call.SendAsync(Sotw(nonce: response.Nonce, version: response.VersionInfo, names: ["b_2", "a_1"]));
        await Eventually.TrueAsync(() => server.Host.Clients.List().Single().LastVersionAcked is not null, "the ACK");

        using var document = JsonDocument.Parse(await server.Http().GetStringAsync("/debug/clients"));

        var client = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("sidecar~10.1.2.3~app.ns", client.GetProperty("nodeId").GetString());
        Assert.Equal("ads", client.GetProperty("api").GetString());
        Assert.Equal("sotw", client.GetProperty("mode").GetString());
        Assert.Equal(["a_1", "b_2"], client.GetProperty("subscribedNames").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(response.VersionInfo, client.GetProperty("lastVersionSent").GetString());
        Assert.Equal(response.VersionInfo, client.GetProperty("lastVersionAcked").GetString());
    }

    [Fact]
    public async Task Debug_snapshot_shows_the_served_route_configs_as_json()
    {
        var snapshot = TestRoutes.Snapshot("c1", ("a_1", "outbound|20880||a.svc"));
        await using var server = await TestServer.StartAsync(snapshot);

        using var document = JsonDocument.Parse(await server.Http().GetStringAsync("/debug/snapshot"));

        var root = document.RootElement;
        Assert.Equal(snapshot.Version, root.GetProperty("version").GetString());
        Assert.Equal("c1", root.GetProperty("sourceCommit").GetString());
        var route = Assert.Single(root.GetProperty("routes").EnumerateArray());
        Assert.Equal(snapshot.Routes[0].Version, route.GetProperty("version").GetString());
        var config = route.GetProperty("routeConfig");
        Assert.Equal("a_1", config.GetProperty("name").GetString());
        Assert.Equal("outbound|20880||a.svc", config.GetProperty("virtualHosts")[0].GetProperty("routes")[0].GetProperty("route").GetProperty("cluster").GetString());
    }

    [Fact]
    public async Task A_refresh_loads_a_new_folder_revision_and_a_broken_one_is_reported_without_replacing_it()
    {
        using var folder = new SnapshotFolder();
        folder.Write(TestRoutes.Snapshot("", ("a_1", "ca")));
        await using var server = await TestServer.StartAsync(new SnapshotFolderSource(folder.Path));
        server.ExpectedErrorEvents.Add(201);
        await using var call = XdsClients.Sotw(server.Channel(), XdsApi.Rds);
        await call.SendAsync(Sotw(names: ["a_1"]));
        var first = await call.NextAsync();
        await call.SendAsync(Sotw(nonce: first.Nonce, version: first.VersionInfo, names: ["a_1"]));
        var http = server.Http();

        var next = TestRoutes.Snapshot("", ("a_1", "refreshed"));
        folder.Write(next);
        var accepted = await http.PostAsync("/refresh", null);
        var pushed = await call.NextAsync();

        folder.WriteIndex("{ \"no\": \"version\" }");
        await http.PostAsync("/refresh", null);
        await Eventually.TrueAsync(() => server.Host.Cache.FailedLoads == 1, "the failed load");
        using var status = JsonDocument.Parse(await http.GetStringAsync("/debug/status"));
        var metrics = await http.GetStringAsync("/metrics");

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("refreshed", TestRoutes.ClusterOf(Assert.Single(pushed.Resources)));
        Assert.Equal(next.Version, server.Host.Cache.Current?.Version);
        Assert.Equal(next.Version, status.RootElement.GetProperty("served").GetProperty("version").GetString());
        Assert.Contains("version", status.RootElement.GetProperty("lastFailure").GetProperty("diagnostics").GetString(), StringComparison.Ordinal);
        Assert.Contains("aeraki_gitops_snapshot_failed_loads_total 1\n", metrics, StringComparison.Ordinal);
        await call.ExpectNothingAsync();
    }

    [Fact]
    public async Task Operator_endpoints_are_not_served_on_the_xds_port()
    {
        await using var server = await TestServer.StartAsync(TestRoutes.Snapshot("c1", ("a_1", "ca")));
        using var h2c = new HttpClient { BaseAddress = server.XdsAddress, DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };

        var response = await h2c.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
