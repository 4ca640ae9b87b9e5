using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Tests.Infrastructure;

namespace AerakiGitOps.Xds.Tests.Snapshots;

public sealed class SnapshotCacheTests
{
    private sealed class RecordingWatcher : ISnapshotWatcher
    {
        public List<SnapshotChange> Changes { get; } = [];

        public void OnSnapshotChanged(SnapshotChange change) => Changes.Add(change);
    }

    [Fact]
    public void Publishing_reports_exactly_the_added_changed_and_removed_names()
    {
        var cache = new SnapshotCache();
        var watcher = new RecordingWatcher();
        using var watch = cache.Watch(watcher);
        cache.Publish(TestRoutes.Xds(("a_1", "ca"), ("b_2", "cb"), ("c_3", "cc")));

        var change = cache.Publish(TestRoutes.Xds(("a_1", "ca"), ("b_2", "changed"), ("d_4", "cd")));

        Assert.NotNull(change);
        Assert.Equal(["b_2", "d_4"], change.Upserted.Order());
        Assert.Equal(["c_3"], change.Removed);
        Assert.Equal(2, watcher.Changes.Count);
        Assert.Same(cache.Current, watcher.Changes[1].Current);
    }

    [Fact]
    public void Publishing_identical_content_notifies_nobody()
    {
        var cache = new SnapshotCache();
        var watcher = new RecordingWatcher();
        cache.Publish(TestRoutes.Xds(("a_1", "ca")));
        using var watch = cache.Watch(watcher);

        var change = cache.Publish(TestRoutes.Xds(("a_1", "ca")));

        Assert.Null(change);
        Assert.Empty(watcher.Changes);
    }

    [Fact]
    public void A_disposed_watch_receives_no_further_changes()
    {
        var cache = new SnapshotCache();
        var watcher = new RecordingWatcher();
        cache.Watch(watcher).Dispose();

        cache.Publish(TestRoutes.Xds(("a_1", "ca")));

        Assert.Empty(watcher.Changes);
    }

    [Fact]
    public void A_recorded_failure_leaves_the_served_snapshot_in_place()
    {
        var cache = new SnapshotCache();
        var good = TestRoutes.Xds(("a_1", "ca"));
        cache.Publish(good);

        cache.RecordFailure(new SnapshotLoadFailure(DateTimeOffset.UnixEpoch, "deadbeef", "AGO0001: broken"));

        Assert.Same(good, cache.Current);
        Assert.Equal(1, cache.FailedLoads);
        Assert.Equal("deadbeef", cache.LastFailure?.SourceCommit);
    }
}
