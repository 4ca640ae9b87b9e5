using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Sources;
using AerakiGitOps.Xds.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace AerakiGitOps.Xds.Tests.Sources;

public sealed class SnapshotReconcilerTests
{
    private static readonly SnapshotReconcilerOptions Fast = new()
    {
        PollInterval = TimeSpan.FromMinutes(10),
        StartupTimeout = TimeSpan.FromMilliseconds(300),
        StartupRetryDelay = TimeSpan.FromMilliseconds(20),
    };

    private static (SnapshotReconciler Reconciler, SnapshotCache Cache, XdsMetrics Metrics) Create(ISnapshotSource source)
    {
        var cache = new SnapshotCache();
        var metrics = new XdsMetrics();
        return (new SnapshotReconciler(source, cache, metrics, Fast, NullLogger<SnapshotReconciler>.Instance), cache, metrics);
    }

    [Fact]
    public async Task A_bad_first_load_fails_start_up_with_the_diagnostics()
    {
        var source = new ScriptedSnapshotSource().Then(SnapshotLoadResult.Failed("abc", "policies/a.yaml(3,1): error AGO0100: broken"));
        var (reconciler, cache, _) = Create(source);

        var error = await Assert.ThrowsAsync<SnapshotLoadException>(() => reconciler.LoadInitialAsync(CancellationToken.None));

        Assert.Equal("abc", error.SourceCommit);
        Assert.Contains("AGO0100", error.Diagnostics, StringComparison.Ordinal);
        Assert.Null(cache.Current);
    }

    [Fact]
    public async Task A_first_revision_that_never_settles_fails_start_up_after_the_timeout()
    {
        var source = new ScriptedSnapshotSource();
        for (var i = 0; i < 100; i++)
        {
            source.Then(SnapshotLoadResult.Pending("", "half-written"));
        }

        var (reconciler, _, _) = Create(source);

        await Assert.ThrowsAsync<SnapshotLoadException>(() => reconciler.LoadInitialAsync(CancellationToken.None));
        Assert.True(source.Polls > 1);
    }

    [Fact]
    public async Task A_bad_later_revision_keeps_the_last_good_snapshot_and_is_recorded_once()
    {
        var source = new ScriptedSnapshotSource()
            .Then(SnapshotLoadResult.Loaded(TestRoutes.Snapshot("good", ("a_1", "ca"))))
            .Then(SnapshotLoadResult.Failed("bad", "error AGO0100"))
            .Then(SnapshotLoadResult.Failed("bad", "error AGO0100"));
        var (reconciler, cache, metrics) = Create(source);
        await reconciler.LoadInitialAsync(CancellationToken.None);
        var served = cache.Current;

        await reconciler.PollAsync(CancellationToken.None);
        await reconciler.PollAsync(CancellationToken.None);

        Assert.Same(served, cache.Current);
        Assert.Equal("good", cache.Current?.SourceCommit);
        Assert.Equal(1, cache.FailedLoads);
        Assert.Equal("bad", cache.LastFailure?.SourceCommit);
        Assert.Equal(1, metrics.SuccessfulLoads);
    }

    [Fact]
    public async Task A_snapshot_that_breaks_an_invariant_is_rejected_like_a_compile_error()
    {
        var broken = TestRoutes.Snapshot("bad", ("a_1", "ca"));
        broken.Routes[0].RouteConfig.Name = "renamed";
        var source = new ScriptedSnapshotSource()
            .Then(SnapshotLoadResult.Loaded(TestRoutes.Snapshot("good", ("a_1", "ca"))))
            .Then(SnapshotLoadResult.Loaded(broken));
        var (reconciler, cache, _) = Create(source);
        await reconciler.LoadInitialAsync(CancellationToken.None);

        var result = await reconciler.PollAsync(CancellationToken.None);

        Assert.Equal(SnapshotLoadOutcome.Failed, result.Outcome);
        Assert.Equal("good", cache.Current?.SourceCommit);
        Assert.Contains("renamed", cache.LastFailure?.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_request_polls_at_once_instead_of_waiting_for_the_interval()
    {
        var source = new ScriptedSnapshotSource()
            .Then(SnapshotLoadResult.Loaded(TestRoutes.Snapshot("one", ("a_1", "ca"))))
            .Then(SnapshotLoadResult.Loaded(TestRoutes.Snapshot("two", ("a_1", "changed"))));
        var (reconciler, cache, _) = Create(source);
        await reconciler.LoadInitialAsync(CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var loop = reconciler.RunAsync(stop.Token);

        reconciler.RequestRefresh();
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (cache.Current?.SourceCommit != "two" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        await stop.CancelAsync();
        await loop;
        Assert.Equal("two", cache.Current?.SourceCommit);
    }
}
