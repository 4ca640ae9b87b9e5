using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Tests.Infrastructure;
using Envoy.Config.Core.V3;
using static AerakiGitOps.Xds.Tests.Infrastructure.ProtocolHarness;

namespace AerakiGitOps.Xds.Tests.Server;

/// <summary>Incremental (delta) rules, against a fake cache and in-memory streams.</summary>
public sealed class DeltaProtocolTests
{
    private static readonly XdsSnapshot ThreeRoutes = TestRoutes.Xds(("a_1", "ca"), ("b_2", "cb"), ("c_3", "cc"));

    [Fact]
    public async Task Subscribed_names_are_sent_with_their_own_versions_and_the_snapshot_version()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenDelta();

        requests.Send(Delta(subscribe: ["a_1", "c_3", "missing_9"], node: new Node { Id = "n1" }));
        var response = await responses.NextAsync();

        Assert.Equal(ThreeRoutes.Version, response.SystemVersionInfo);
        Assert.Equal(["a_1", "c_3"], response.Resources.Select(r => r.Name));
        Assert.Equal(ThreeRoutes.Resources["a_1"].Version, response.Resources[0].Version);
        Assert.Equal(ThreeRoutes.Resources["c_3"].Bytes, response.Resources[1].Resource_.Value);
        Assert.Empty(response.RemovedResources);
        Assert.NotEmpty(response.Nonce);
    }

    [Fact]
    public async Task A_reconnecting_client_receives_only_what_differs_from_its_initial_resource_versions()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenDelta();

        var request = Delta(subscribe: ["a_1", "b_2", "gone_4"]);
        request.InitialResourceVersions.Add("a_1", ThreeRoutes.Resources["a_1"].Version);
        request.InitialResourceVersions.Add("b_2", "outdated");
        request.InitialResourceVersions.Add("gone_4", "whatever");
        requests.Send(request);
        var all = await responses.DrainAsync();

        var upsert = all[0];
        Assert.Equal(["b_2"], upsert.Resources.Select(r => r.Name));
        var removal = Assert.Single(all, r => r.RemovedResources.Count > 0);
        Assert.Equal(["gone_4"], removal.RemovedResources);
    }

    [Fact]
    public async Task A_deleted_name_is_listed_in_removed_resources_after_the_additions_of_the_same_swap()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenDelta();
        requests.Send(Delta(subscribe: ["a_1", "b_2", "new_5"]));
        var first = await responses.NextAsync();
        requests.Send(Delta(nonce: first.Nonce));
        await Eventually.TrueAsync(() => harness.Metrics.Acks.Get(Rds) == 1, "the ACK");

        cache.Set(TestRoutes.Xds(("a_1", "ca"), ("c_3", "cc"), ("new_5", "cn")), upserted: ["new_5"], removed: ["b_2"]);
        var all = await responses.DrainAsync();

        Assert.Equal(2, all.Count);
        Assert.Equal(["new_5"], all[0].Resources.Select(r => r.Name));
        Assert.Empty(all[0].RemovedResources);
        Assert.Equal(["b_2"], all[1].RemovedResources);
        Assert.Empty(all[1].Resources);
        Assert.NotEqual(all[0].Nonce, all[1].Nonce);
    }

    [Fact]
    public async Task A_newly_subscribed_name_is_answered_at_once_and_an_unsubscribed_one_is_no_longer_pushed()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenDelta();
        requests.Send(Delta(subscribe: ["a_1"]));
        var first = await responses.NextAsync();

        requests.Send(Delta(nonce: first.Nonce, subscribe: ["b_2"], unsubscribe: ["a_1"]));
        var second = await responses.NextAsync();
        cache.Set(TestRoutes.Xds(("a_1", "changed"), ("b_2", "cb"), ("c_3", "cc")), upserted: ["a_1"]);

        Assert.Equal(["b_2"], second.Resources.Select(r => r.Name));
        await responses.ExpectNothingAsync();
    }

    [Fact]
    public async Task Subscription_changes_in_a_request_with_a_stale_nonce_are_still_honoured()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenDelta();
        requests.Send(Delta(subscribe: ["a_1"]));
        var first = await responses.NextAsync();
        requests.Send(Delta(nonce: first.Nonce, subscribe: ["b_2"]));
        var second = await responses.NextAsync();

        // Stale: it answers the first response. Its NACK meaning is ignored, its subscription is not.
        requests.Send(WithError(Delta(nonce: first.Nonce, subscribe: ["c_3"]), "late complaint"));
        var third = await responses.NextAsync();

        Assert.Equal(["b_2"], second.Resources.Select(r => r.Name));
        Assert.Equal(["c_3"], third.Resources.Select(r => r.Name));
        Assert.Equal(1, harness.Metrics.StaleRequests.Get(Rds));
        Assert.Equal(0, harness.Metrics.Nacks.Get(Rds));
    }

    [Fact]
    public async Task A_nacked_resource_version_is_never_pushed_again()
    {
        var cache = new FakeSnapshotCache();
        var bad = TestRoutes.Xds(("a_1", "bad"));
        cache.Set(bad);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenDelta();
        requests.Send(Delta(subscribe: ["a_1"]));
        var rejected = await responses.NextAsync();
        requests.Send(WithError(Delta(nonce: rejected.Nonce), "bad route"));
        await Eventually.TrueAsync(() => harness.Metrics.Nacks.Get(Rds) == 1, "the NACK");

        cache.Set(TestRoutes.Xds(("a_1", "good")), upserted: ["a_1"]);
        var good = await responses.NextAsync();
        requests.Send(Delta(nonce: good.Nonce));
        await Eventually.TrueAsync(() => harness.Registry.List().SingleOrDefault()?.LastVersionAcked == good.SystemVersionInfo, "the ACK");
        cache.Set(bad, upserted: ["a_1"]);
        await responses.ExpectNothingAsync();

        Assert.Equal("good", TestRoutes.ClusterOf(Assert.Single(good.Resources).Resource_));
        var client = Assert.Single(harness.Registry.List());
        Assert.Equal("bad route", client.LastNackMessage);
        Assert.Equal(good.SystemVersionInfo, client.LastVersionAcked);
    }

    [Fact]
    public async Task A_change_to_an_unsubscribed_route_config_sends_nothing()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenDelta();
        requests.Send(Delta(subscribe: ["a_1"]));
        await responses.NextAsync();

        cache.Set(TestRoutes.Xds(("a_1", "ca"), ("b_2", "changed"), ("c_3", "cc")), upserted: ["b_2"]);
        await responses.ExpectNothingAsync();
    }

    [Fact]
    public async Task Another_type_on_the_aggregated_delta_stream_gets_nothing_and_is_logged_once()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, run) = harness.OpenDelta(XdsApi.Ads);
        const string Listeners = "type.googleapis.com/envoy.config.listener.v3.Listener";

        requests.Send(Delta(subscribe: ["*"], typeUrl: Listeners));
        requests.Send(Delta(subscribe: ["l1"], typeUrl: Listeners));
        await responses.ExpectNothingAsync();
        requests.Send(Delta(subscribe: ["a_1"]));
        var response = await responses.NextAsync();

        Assert.False(run.IsCompleted);
        Assert.Equal(["a_1"], response.Resources.Select(r => r.Name));
        Assert.Equal(1, harness.Logs.Count(104));
    }

    [Fact]
    public async Task The_wildcard_name_is_not_special_on_the_route_type()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenDelta();

        requests.Send(Delta(subscribe: ["*"]));
        await responses.ExpectNothingAsync();
    }
}
