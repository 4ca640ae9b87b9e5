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

    private sealed class CountingWatcher(int id) : ISnapshotWatcher
    {
        private int notifications;

        public int Id => id;

        public int Notifications => Volatile.Read(ref notifications);

        public void OnSnapshotChanged(SnapshotChange change) => Interlocked.Increment(ref notifications);
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

    [Fact]
    public void Many_watchers_connecting_and_disconnecting_at_once_leave_exactly_the_connected_ones_notified()
    {
        const int Count = 2000;
        var cache = new SnapshotCache();
        var watchers = Enumerable.Range(0, Count).Select(i => new CountingWatcher(i)).ToArray();
        var registrations = new IDisposable[Count];
        Parallel.For(0, Count, i => registrations[i] = cache.Watch(watchers[i]));
        Assert.Equal(Count, cache.WatcherCount);

        // Every third one disconnects, concurrently with the others; disposing twice changes nothing.
        Parallel.For(0, Count, i =>
        {
            if (i % 3 == 0)
            {
                registrations[i].Dispose();
                registrations[i].Dispose();
            }
        });
        cache.Publish(TestRoutes.Xds(("a_1", "ca")));

        var expected = Enumerable.Range(0, Count).Where(i => i % 3 != 0).ToArray();
        Assert.Equal(expected.Length, cache.WatcherCount);
        Assert.Equal(expected, watchers.Where(w => w.Notifications == 1).Select(w => w.Id));
        Assert.All(watchers.Where(w => w.Id % 3 == 0), w => Assert.Equal(0, w.Notifications));
    }

    [Fact]
    public void One_watcher_registered_twice_is_notified_per_registration_and_each_registration_ends_on_its_own()
    {
        var cache = new SnapshotCache();
        var watcher = new RecordingWatcher();
        var first = cache.Watch(watcher);
        using var second = cache.Watch(watcher);

        cache.Publish(TestRoutes.Xds(("a_1", "ca")));
        first.Dispose();
        cache.Publish(TestRoutes.Xds(("a_1", "changed")));

        Assert.Equal(3, watcher.Changes.Count);
        Assert.Equal(1, cache.WatcherCount);
        Assert.Equal(["a_1"], watcher.Changes[2].Upserted);
    }
}
