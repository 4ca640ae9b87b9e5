using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Tests.Infrastructure;
using static AerakiGitOps.Xds.Tests.Infrastructure.ProtocolHarness;

namespace AerakiGitOps.Xds.Tests.Server;

/// <summary>
/// A stream's work follows what changed, not how many names it subscribes to: asserted on the wire
/// (names, versions, nonces) and on the server's internal work counters (wake-ups, builds, names
/// examined), never on time.
/// </summary>
public sealed class StreamWorkTests
{
    private const string Listeners = "type.googleapis.com/envoy.config.listener.v3.Listener";

    [Fact]
    public async Task A_delta_stream_of_many_names_gets_exactly_the_changed_resource_and_looks_at_nothing_else()
    {
        var cache = new FakeSnapshotCache();
        var names = Names(2000);
        cache.Set(Snapshot(names));
        await using var harness = new ProtocolHarness(cache);
        var work = harness.Metrics.Work;
        var (requests, responses, _) = harness.OpenDelta();
        requests.Send(Delta(subscribe: names));
        var first = await responses.NextAsync();
        requests.Send(Delta(nonce: first.Nonce));
        await BarrierAsync(harness, () => requests.Send(Delta(typeUrl: Listeners)));

        var examinedBefore = work.NamesExamined;
        var changed = Snapshot(names, changedName: names[1234]);
        cache.Set(changed, upserted: [names[1234]]);
        var second = await responses.NextAsync();

        Assert.Equal(2000, first.Resources.Count);
        Assert.Equal(1, harness.Metrics.Acks.Get(Rds));
        var resource = Assert.Single(second.Resources);
        Assert.Equal(names[1234], resource.Name);
        Assert.Equal(changed.Resources[names[1234]].Version, resource.Version);
        Assert.Equal("changed", TestRoutes.ClusterOf(resource.Resource_));
        Assert.Equal(changed.Version, second.SystemVersionInfo);
        Assert.Empty(second.RemovedResources);
        Assert.Equal(["1", "2"], new[] { first.Nonce, second.Nonce });

        // The ACK woke nothing; the change woke the stream once. One lookup matched the change against
        // the 2,000 subscribed names, one settled it in the build.
        Assert.Equal(2, work.WakeUps);
        Assert.Equal(2, work.Builds);
        Assert.Equal(2, work.NamesExamined - examinedBefore);
    }

    [Fact]
    public async Task A_delta_swap_that_changes_one_name_and_removes_another_looks_at_those_two_only()
    {
        var cache = new FakeSnapshotCache();
        var names = Names(1000);
        cache.Set(Snapshot(names));
        await using var harness = new ProtocolHarness(cache);
        var (requests, responses, _) = harness.OpenDelta();
        requests.Send(Delta(subscribe: names));
        var first = await responses.NextAsync();
        requests.Send(Delta(nonce: first.Nonce));
        await Eventually.TrueAsync(() => harness.Metrics.Acks.Get(Rds) == 1, "the ACK");

        var examinedBefore = harness.Metrics.Work.NamesExamined;
        var remaining = names.Where(n => n != names[7]).ToArray();
        cache.Set(Snapshot(remaining, changedName: names[500]), upserted: [names[500]], removed: [names[7]]);
        var upsert = await responses.NextAsync();
        var removal = await responses.NextAsync();

        Assert.Equal([names[500]], upsert.Resources.Select(r => r.Name));
        Assert.Empty(upsert.RemovedResources);
        Assert.Equal([names[7]], removal.RemovedResources);
        Assert.Empty(removal.Resources);
        Assert.Equal(["2", "3"], new[] { upsert.Nonce, removal.Nonce });

        // Matching: one lookup for the upsert (subscribed), one for the removal (held); building: two.
        Assert.Equal(4, harness.Metrics.Work.NamesExamined - examinedBefore);
    }

    [Fact]
    public async Task Delta_subscription_changes_answer_exactly_the_new_names_and_stop_the_dropped_ones()
    {
        var cache = new FakeSnapshotCache();
        var names = Names(6);
        cache.Set(Snapshot(names));
        await using var harness = new ProtocolHarness(cache);
        var work = harness.Metrics.Work;
        var (requests, responses, _) = harness.OpenDelta();
        requests.Send(Delta(subscribe: [names[4], names[0], names[2], names[1], names[3]]));
        var first = await responses.NextAsync();

        var examinedBefore = work.NamesExamined;
        requests.Send(Delta(nonce: first.Nonce, subscribe: [names[5], names[1]], unsubscribe: [names[0]]));
        var second = await responses.NextAsync();
        var examinedBySubscription = work.NamesExamined - examinedBefore;

        // A change to the dropped name wakes nobody; a change to a kept one is pushed alone.
        var wakeUpsBefore = work.WakeUps;
        cache.Set(Snapshot(names, changedName: names[0]), upserted: [names[0]]);
        Assert.Equal(wakeUpsBefore, work.WakeUps);
        cache.Set(Snapshot(names, changedName: names[3]), upserted: [names[3]]);
        var third = await responses.NextAsync();

        Assert.Equal(names[..5], first.Resources.Select(r => r.Name));
        Assert.Equal([names[5]], second.Resources.Select(r => r.Name));
        Assert.Equal(1, examinedBySubscription);
        Assert.Equal([names[3]], third.Resources.Select(r => r.Name));
        Assert.Equal("changed", TestRoutes.ClusterOf(third.Resources[0].Resource_));
        Assert.Equal(names[1..], Assert.Single(harness.Registry.List()).SubscribedNames);
    }

    [Fact]
    public async Task A_sotw_stream_of_many_names_gets_the_whole_state_after_a_one_route_change_and_an_ack_builds_nothing()
    {
        var cache = new FakeSnapshotCache();
        var names = Names(2000);
        var mine = names[..1000];
        var others = names[1000..];
        cache.Set(Snapshot(names));
        await using var harness = new ProtocolHarness(cache);
        var work = harness.Metrics.Work;
        var (requests, responses, _) = harness.OpenSotw();
        var (otherRequests, otherResponses, _) = harness.OpenSotw();
        requests.Send(Sotw(names: mine));
        otherRequests.Send(Sotw(names: others));
        var first = await responses.NextAsync();
        var otherFirst = await otherResponses.NextAsync();
        requests.Send(Sotw(nonce: first.Nonce, version: first.VersionInfo, names: mine));
        otherRequests.Send(Sotw(nonce: otherFirst.Nonce, version: otherFirst.VersionInfo, names: others));
        await BarrierAsync(harness, () =>
        {
            requests.Send(Sotw(typeUrl: Listeners));
            otherRequests.Send(Sotw(typeUrl: Listeners));
        }, expectedUnserved: 2);
        Assert.Equal(2, harness.Metrics.Acks.Get(Rds));
        Assert.Equal(2, work.WakeUps);
        Assert.Equal(2, work.Builds);

        var examinedBefore = work.NamesExamined;
        var changed = Snapshot(names, changedName: mine[42]);
        cache.Set(changed, upserted: [mine[42]]);
        var second = await responses.NextAsync();

        // State of the world: every subscribed name, with the new content, under a new version.
        Assert.Equal(mine, second.Resources.Select(r => r.Unpack<Envoy.Config.Route.V3.RouteConfiguration>().Name));
        Assert.Equal("changed", TestRoutes.ClusterOf(second.Resources[42]));
        Assert.Equal(ContentHash.OfPairs(mine.Select(n => KeyValuePair.Create(n, changed.Resources[n].Version))), second.VersionInfo);
        Assert.NotEqual(first.VersionInfo, second.VersionInfo);
        Assert.Equal("2", second.Nonce);

        // Only the affected stream woke. Matching cost one lookup per stream; the affected stream then
        // checked its one pending name and read its 1,000 names to build the response.
        Assert.Equal(3, work.WakeUps);
        Assert.Equal(1 + 1 + 1 + 1000, work.NamesExamined - examinedBefore);
    }

    [Fact]
    public async Task A_sotw_nack_or_repeat_of_the_same_names_builds_nothing_and_a_changed_set_answers_at_once()
    {
        var cache = new FakeSnapshotCache();
        var names = Names(4);
        cache.Set(Snapshot(names));
        await using var harness = new ProtocolHarness(cache);
        var work = harness.Metrics.Work;
        var (requests, responses, _) = harness.OpenSotw();
        requests.Send(Sotw(names: [names[2], names[0], names[1]]));
        var first = await responses.NextAsync();

        // Same set, other order and a duplicate: a NACK, then a repeat. Neither wakes the send loop.
        requests.Send(WithError(Sotw(nonce: first.Nonce, names: [names[1], names[0], names[2], names[0]]), "rejected"));
        requests.Send(Sotw(nonce: first.Nonce, names: [names[0], names[1], names[2]]));
        await BarrierAsync(harness, () => requests.Send(Sotw(typeUrl: Listeners)));
        Assert.Equal(1, harness.Metrics.Nacks.Get(Rds));
        Assert.Equal(1, work.WakeUps);

        requests.Send(Sotw(nonce: first.Nonce, names: [names[1], names[2], names[3]]));
        var second = await responses.NextAsync();

        Assert.Equal(names[..3], first.Resources.Select(r => r.Unpack<Envoy.Config.Route.V3.RouteConfiguration>().Name));
        Assert.Equal(names[1..], second.Resources.Select(r => r.Unpack<Envoy.Config.Route.V3.RouteConfiguration>().Name));
        Assert.Equal("2", second.Nonce);
        Assert.Equal(2, work.WakeUps);
        Assert.Equal(names[1..], Assert.Single(harness.Registry.List()).SubscribedNames);
    }

    [Fact]
    public async Task A_large_change_costs_each_stream_of_one_name_one_lookup_and_wakes_none_it_does_not_touch()
    {
        var cache = new FakeSnapshotCache();
        var names = Names(600);
        cache.Set(Snapshot(names));
        await using var harness = new ProtocolHarness(cache);
        var work = harness.Metrics.Work;
        var sotw = harness.OpenSotw();
        var delta = harness.OpenDelta();
        sotw.Requests.Send(Sotw(names: [names[0]]));
        delta.Requests.Send(Delta(subscribe: [names[1]]));
        await sotw.Responses.NextAsync();
        await delta.Responses.NextAsync();

        var examinedBefore = work.NamesExamined;
        var wakeUpsBefore = work.WakeUps;
        var changedNames = names[2..];
        cache.Set(Snapshot(names, changedName: names[300]), upserted: changedNames, removed: ["gone_1", "gone_2"]);

        // 598 changed names against one subscribed name each: one lookup per stream (the delta stream
        // also matches the removals against the one name it holds).
        Assert.Equal(1 + 1 + 1, work.NamesExamined - examinedBefore);
        Assert.Equal(wakeUpsBefore, work.WakeUps);
    }

    private static string[] Names(int count) =>
        [.. Enumerable.Range(0, count).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"svc{i:D4}.ns.svc.cluster.local_20880"))];

    private static XdsSnapshot Snapshot(IEnumerable<string> names, string? changedName = null) =>
        TestRoutes.Xds([.. names.Select(n => (n, n == changedName ? "changed" : "c-" + n))]);

    /// <summary>
    /// Requests on one stream are applied in order, so once a later request of another type has been
    /// counted, every earlier one has been applied and has woken the send loop or not.
    /// </summary>
    private static Task BarrierAsync(ProtocolHarness harness, Action sendUnservedRequests, int expectedUnserved = 1)
    {
        sendUnservedRequests();
        return Eventually.TrueAsync(() => harness.Metrics.UnservedTypeRequests.Get(Listeners) == expectedUnserved, "the earlier requests to be applied");
    }
}
