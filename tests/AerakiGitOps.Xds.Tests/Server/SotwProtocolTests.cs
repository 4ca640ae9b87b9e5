using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Tests.Infrastructure;
using Envoy.Config.Core.V3;
using static AerakiGitOps.Xds.Tests.Infrastructure.ProtocolHarness;

namespace AerakiGitOps.Xds.Tests.Server;

/// <summary>State-of-the-world rules, against a fake cache and in-memory streams.</summary>
public sealed class SotwProtocolTests
{
    private static readonly XdsSnapshot ThreeRoutes = TestRoutes.Xds(("a_1", "ca"), ("b_2", "cb"), ("c_3", "cc"));

    [Fact]
    public async Task A_response_carries_exactly_the_requested_names_that_exist_and_nothing_else()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenSotw();

        requests.Send(Sotw(names: ["b_2", "missing_9"]));
        var response = await responses.NextAsync();

        Assert.Equal(Rds, response.TypeUrl);
        var only = Assert.Single(response.Resources);
        Assert.Equal(Rds, only.TypeUrl);
        Assert.Equal("cb", TestRoutes.ClusterOf(only));
        Assert.Equal(ThreeRoutes.Resources["b_2"].Bytes, only.Value);
    }

    [Fact]
    public async Task The_version_is_a_hash_of_the_subscribed_names_and_versions_and_is_the_same_on_another_replica()
    {
        var expected = ContentHash.OfPairs([KeyValuePair.Create("a_1", ThreeRoutes.Resources["a_1"].Version)]);
        var versions = new List<string>();
        for (var replica = 0; replica < 2; replica++)
        {
            var cache = new FakeSnapshotCache();
            cache.Set(TestRoutes.Xds(("a_1", "ca"), ("b_2", "cb"), ("c_3", "cc")));
            await using var harness = new ProtocolHarness(cache);
            var (requests, responses, _) = harness.OpenSotw();
            requests.Send(Sotw(names: ["a_1"]));
            versions.Add((await responses.NextAsync()).VersionInfo);
        }

        Assert.Equal([expected, expected], versions);
    }

    [Fact]
    public async Task Every_response_on_a_stream_has_a_new_nonce()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenSotw();

        requests.Send(Sotw(names: ["a_1"]));
        var first = await responses.NextAsync();
        requests.Send(Sotw(nonce: first.Nonce, version: first.VersionInfo, names: ["a_1", "b_2"]));
        var second = await responses.NextAsync();
        cache.Set(TestRoutes.Xds(("a_1", "ca2"), ("b_2", "cb"), ("c_3", "cc")), upserted: ["a_1"]);
        var third = await responses.NextAsync();

        Assert.Equal(3, new[] { first.Nonce, second.Nonce, third.Nonce }.Distinct().Count());
        Assert.All(new[] { first, second, third }, r => Assert.NotEmpty(r.Nonce));
    }

    [Fact]
    public async Task A_name_requested_before_it_exists_is_sent_when_it_appears()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(TestRoutes.Xds(("a_1", "ca")));
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenSotw();

        requests.Send(Sotw(names: ["late_7"]));
        await responses.ExpectNothingAsync();
        cache.Set(TestRoutes.Xds(("a_1", "ca"), ("late_7", "cl")), upserted: ["late_7"]);
        var response = await responses.NextAsync();

        Assert.Equal("cl", TestRoutes.ClusterOf(Assert.Single(response.Resources)));
    }

    [Fact]
    public async Task A_newly_subscribed_name_is_answered_at_once_although_the_snapshot_did_not_change()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenSotw();

        requests.Send(Sotw(names: ["a_1"]));
        var first = await responses.NextAsync();
        requests.Send(Sotw(nonce: first.Nonce, version: first.VersionInfo, names: ["a_1", "c_3"]));
        var second = await responses.NextAsync();

        Assert.Equal(["ca", "cc"], second.Resources.Select(TestRoutes.ClusterOf));
        Assert.NotEqual(first.VersionInfo, second.VersionInfo);
    }

    [Fact]
    public async Task An_ack_is_recorded_and_answered_with_nothing()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenSotw();

        requests.Send(Sotw(names: ["a_1"]));
        var first = await responses.NextAsync();
        requests.Send(Sotw(nonce: first.Nonce, version: first.VersionInfo, names: ["a_1"]));
        await responses.ExpectNothingAsync();
        await Eventually.TrueAsync(() => harness.Metrics.Acks.Get(Rds) == 1, "the ACK");

        var client = Assert.Single(harness.Registry.List());
        Assert.Equal(first.VersionInfo, client.LastVersionAcked);
        Assert.Equal(1, harness.Metrics.Acks.Get(Rds));
        Assert.Equal(0, harness.Metrics.Nacks.Get(Rds));
    }

    [Fact]
    public async Task A_nack_is_told_by_error_detail_and_its_version_is_never_pushed_again()
    {
        var cache = new FakeSnapshotCache();
        var bad = TestRoutes.Xds(("a_1", "bad"));
        cache.Set(bad);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenSotw();

        requests.Send(Sotw(names: ["a_1"]));
        var rejected = await responses.NextAsync();

        // The NACK carries the previous accepted version (none), as Envoy does; error_detail decides.
        requests.Send(WithError(Sotw(nonce: rejected.Nonce, version: "", names: ["a_1"]), "route rejected"));
        await responses.ExpectNothingAsync();
        await Eventually.TrueAsync(() => harness.Metrics.Nacks.Get(Rds) == 1, "the NACK");

        cache.Set(TestRoutes.Xds(("a_1", "good")), upserted: ["a_1"]);
        var good = await responses.NextAsync();
        requests.Send(Sotw(nonce: good.Nonce, version: good.VersionInfo, names: ["a_1"]));
        await Eventually.TrueAsync(() => harness.Metrics.Acks.Get(Rds) == 1, "the ACK");

        // Content flips back to the rejected version: it must not be pushed again.
        cache.Set(bad, upserted: ["a_1"]);
        await responses.ExpectNothingAsync();

        Assert.Equal("good", TestRoutes.ClusterOf(Assert.Single(good.Resources)));
        Assert.Equal(1, harness.Metrics.Nacks.Get(Rds));
        Assert.Equal("route rejected", Assert.Single(harness.Registry.List()).LastNackMessage);
        Assert.Equal(1, harness.Logs.Count(106));
    }

    [Fact]
    public async Task A_request_with_a_stale_nonce_is_ignored()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenSotw();

        requests.Send(Sotw(names: ["a_1"]));
        var first = await responses.NextAsync();
        requests.Send(Sotw(nonce: first.Nonce, version: first.VersionInfo, names: ["a_1", "b_2"]));
        var second = await responses.NextAsync();

        // A late request answering the first response, asking for c_3: stale, so no c_3.
        requests.Send(Sotw(nonce: first.Nonce, version: first.VersionInfo, names: ["c_3"]));
        await responses.ExpectNothingAsync();
        await Eventually.TrueAsync(() => harness.Metrics.StaleRequests.Get(Rds) == 1, "the stale request");

        Assert.Equal(1, harness.Metrics.StaleRequests.Get(Rds));
        Assert.Equal(["a_1", "b_2"], Assert.Single(harness.Registry.List()).SubscribedNames);
        Assert.Equal(2, second.Resources.Count);
    }

    [Fact]
    public async Task The_node_is_taken_from_the_first_request_and_later_nodes_are_ignored()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenSotw();

        requests.Send(Sotw(node: new Node { Id = "sidecar~10.0.0.1~pod.ns~ns.svc.cluster.local", Cluster = "app" }, names: ["a_1"]));
        var first = await responses.NextAsync();
        requests.Send(Sotw(nonce: first.Nonce, version: first.VersionInfo, node: new Node { Id = "impostor" }, names: ["a_1"]));
        await responses.ExpectNothingAsync(50);

        Assert.Equal("sidecar~10.0.0.1~pod.ns~ns.svc.cluster.local", Assert.Single(harness.Registry.List()).NodeId);
    }

    [Fact]
    public async Task Another_type_gets_no_resources_is_logged_once_and_the_stream_stays_open()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, run) = harness.OpenSotw(XdsApi.Ads);
        const string Clusters = "type.googleapis.com/envoy.config.cluster.v3.Cluster";

        requests.Send(Sotw(typeUrl: Clusters));
        requests.Send(Sotw(typeUrl: Clusters, names: ["x"]));
        await responses.ExpectNothingAsync();
        requests.Send(Sotw(names: ["a_1"]));
        var response = await responses.NextAsync();

        Assert.False(run.IsCompleted);
        Assert.Equal(Rds, response.TypeUrl);
        Assert.Equal(1, harness.Logs.Count(104));
        Assert.Equal(2, harness.Metrics.UnservedTypeRequests.Get(Clusters));
    }

    [Fact]
    public async Task Empty_resource_names_on_the_route_type_mean_nothing_rather_than_everything()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenSotw();

        requests.Send(Sotw());
        await responses.ExpectNothingAsync();
    }

    [Fact]
    public async Task A_change_to_one_route_config_sends_nothing_to_streams_that_do_not_subscribe_to_it()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (requestsA, responsesA, _) = harness.OpenSotw();
        var (requestsB, responsesB, _) = harness.OpenSotw();
        requestsA.Send(Sotw(names: ["a_1"]));
        requestsB.Send(Sotw(names: ["b_2"]));
        var firstA = await responsesA.NextAsync();
        await responsesB.NextAsync();

        cache.Set(TestRoutes.Xds(("a_1", "ca2"), ("b_2", "cb"), ("c_3", "cc")), upserted: ["a_1"]);
        var secondA = await responsesA.NextAsync();
        await responsesB.ExpectNothingAsync();

        Assert.NotEqual(firstA.VersionInfo, secondA.VersionInfo);
        Assert.Equal("ca2", TestRoutes.ClusterOf(Assert.Single(secondA.Resources)));
    }

    [Fact]
    public async Task A_stuck_client_delays_nobody_and_later_gets_only_the_latest_state()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache);
        var (stuckRequests, stuck, _) = harness.OpenSotw();
        var (healthyRequests, healthy, _) = harness.OpenSotw();
        stuckRequests.Send(Sotw(names: ["a_1"]));
        healthyRequests.Send(Sotw(names: ["a_1"]));
        await stuck.NextAsync();
        await healthy.NextAsync();

        stuck.Block();
        for (var i = 1; i <= 5; i++)
        {
            cache.Set(TestRoutes.Xds(("a_1", $"v{i}")), upserted: ["a_1"]);
            Assert.Equal($"v{i}", TestRoutes.ClusterOf((await healthy.NextAsync()).Resources[0]));
        }

        stuck.Unblock();
        var received = new List<string> { TestRoutes.ClusterOf((await stuck.NextAsync()).Resources[0]) };
        received.AddRange((await stuck.DrainAsync(300)).Select(r => TestRoutes.ClusterOf(r.Resources[0])));

        // The write blocked while v1 was pending; after it, coalescing leaves only the latest.
        Assert.Equal("v5", received[^1]);
        Assert.InRange(received.Count, 1, 2);
    }

    [Fact]
    public async Task Streams_beyond_the_limit_are_refused_with_resource_exhausted()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache, new XdsServerOptions { MaxStreams = 1 });
        var (requests, responses, _) = harness.OpenSotw();
        requests.Send(Sotw(names: ["a_1"]));
        await responses.NextAsync();

        var (_, _, refused) = harness.OpenSotw();
        var error = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => refused);

        Assert.Equal(Grpc.Core.StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(1, harness.Metrics.RefusedStreams);
        Assert.Equal(1, harness.Logs.Count(102));
    }

    [Fact]
    public async Task A_client_above_the_request_rate_is_slowed_down_and_logged_once()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(ThreeRoutes);
        await using var harness = new ProtocolHarness(cache, new XdsServerOptions { RequestBurst = 2, RequestsPerSecond = 1000 });
        var (requests, responses, _) = harness.OpenSotw();
        for (var i = 0; i < 6; i++)
        {
            requests.Send(Sotw(names: ["a_1"]));
        }

        await responses.NextAsync();
        // On a busy machine the server may still be working through the burst: wait for the limiter, then
        // give the remaining requests time to be processed before checking that the warning was logged once.
        await Eventually.TrueAsync(() => harness.Metrics.RateLimitedRequests >= 1 && harness.Logs.Count(109) >= 1, "the rate limiter to act");
        await Task.Delay(200);

        Assert.Equal(1, harness.Logs.Count(109));
    }

    [Fact]
    public async Task A_response_above_the_size_limit_is_not_sent_and_leaves_the_stream_usable()
    {
        var cache = new FakeSnapshotCache();
        cache.Set(TestRoutes.Xds(("a_1", "ca"), ("huge_2", new string('h', 4096))));
        await using var harness = new ProtocolHarness(cache, new XdsServerOptions { MaxSendMessageBytes = 1024 });
        var (requests, responses, _) = harness.OpenSotw();

        requests.Send(Sotw(names: ["huge_2"]));
        await responses.ExpectNothingAsync();
        requests.Send(Sotw(names: ["a_1"]));
        var response = await responses.NextAsync();

        Assert.Equal("ca", TestRoutes.ClusterOf(Assert.Single(response.Resources)));
        Assert.Equal("1", response.Nonce);
        Assert.Equal(1, harness.Metrics.OversizedResponses);
        Assert.Equal(1, harness.Logs.Count(110));
    }
}
