using System.Diagnostics;
using System.Threading.Channels;
using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Snapshots;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Sources;

/// <summary>
/// Polls a snapshot source and publishes every good revision into the cache. A bad revision never
/// replaces the served snapshot; it is logged, counted and kept for <c>/debug/status</c>. A bad first
/// revision makes <see cref="LoadInitialAsync"/> throw, so start-up fails.
/// </summary>
public sealed class SnapshotReconciler
{
    private readonly ISnapshotSource source;
    private readonly SnapshotCache cache;
    private readonly XdsMetrics metrics;
    private readonly SnapshotReconcilerOptions options;
    private readonly ILogger<SnapshotReconciler> logger;
    private readonly Channel<bool> refresh = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly SemaphoreSlim pollLock = new(1, 1);
    private string? lastReportedFailure;

    /// <summary>Creates the reconciler.</summary>
    public SnapshotReconciler(ISnapshotSource source, SnapshotCache cache, XdsMetrics metrics, SnapshotReconcilerOptions options, ILogger<SnapshotReconciler> logger)
    {
        this.source = source;
        this.cache = cache;
        this.metrics = metrics;
        this.options = options;
        this.logger = logger;
    }

    /// <summary>The polled source.</summary>
    public ISnapshotSource Source => source;

    /// <summary>
    /// Loads the first snapshot, retrying a pending (half-written) revision until
    /// <see cref="SnapshotReconcilerOptions.StartupTimeout"/>.
    /// </summary>
    /// <exception cref="SnapshotLoadException">The first revision is broken or never settled.</exception>
    public async Task LoadInitialAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var outcome = await PollAsync(cancellationToken);
            if (cache.Current is not null)
            {
                return;
            }

            if (outcome.Outcome == SnapshotLoadOutcome.Pending && deadline.Elapsed < options.StartupTimeout)
            {
                await Task.Delay(options.StartupRetryDelay, cancellationToken);
                continue;
            }

            var diagnostics = outcome.Diagnostics.Length > 0 ? outcome.Diagnostics : "the source produced no snapshot";
            SourceLog.FirstLoadFailed(logger, source.Description, outcome.SourceCommit, diagnostics);
            throw new SnapshotLoadException(source.Description, outcome.SourceCommit, diagnostics);
        }
    }

    /// <summary>Polls every <see cref="SnapshotReconcilerOptions.PollInterval"/> and on <see cref="RequestRefresh"/>, until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval);
        var tick = timer.WaitForNextTickAsync(cancellationToken).AsTask();
        var wake = refresh.Reader.WaitToReadAsync(cancellationToken).AsTask();
        try
        {
            while (true)
            {
                // Both waits are kept across iterations, so at most one of each is ever pending.
                var fired = await Task.WhenAny(tick, wake);
                if (fired == tick)
                {
                    if (!await tick)
                    {
                        return;
                    }

                    tick = timer.WaitForNextTickAsync(cancellationToken).AsTask();
                }
                else
                {
                    await wake;
                    refresh.Reader.TryRead(out _);
                    wake = refresh.Reader.WaitToReadAsync(cancellationToken).AsTask();
                }

                await PollAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Asks the loop to poll now (<c>POST /refresh</c>). Requests made while a poll runs coalesce.</summary>
    public void RequestRefresh()
    {
        SourceLog.RefreshRequested(logger, source.Description);
        refresh.Writer.TryWrite(true);
    }

    /// <summary>Polls the source once and publishes or records the result. Concurrent calls run one after another.</summary>
    public async Task<SnapshotLoadResult> PollAsync(CancellationToken cancellationToken)
    {
        await pollLock.WaitAsync(cancellationToken);
        try
        {
            var watch = Stopwatch.StartNew();
            SnapshotLoadResult result;
            try
            {
                result = await source.LoadAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A source bug or an environment failure (disk, network) must not stop serving.
                result = SnapshotLoadResult.Failed("", $"{source.Description}: {ex.GetType().Name}: {ex.Message}");
            }

            return Apply(result, watch.Elapsed);
        }
        finally
        {
            pollLock.Release();
        }
    }

    private SnapshotLoadResult Apply(SnapshotLoadResult result, TimeSpan elapsed)
    {
        switch (result.Outcome)
        {
            case SnapshotLoadOutcome.Unchanged:
                SourceLog.Unchanged(logger, source.Description);
                return result;
            case SnapshotLoadOutcome.Pending:
                SourceLog.Pending(logger, source.Description, result.Diagnostics);
                return result;
            case SnapshotLoadOutcome.Failed:
                RecordFailure(result, elapsed);
                return result;
        }

        var snapshot = XdsSnapshot.TryCreate(result.Snapshot!, out var error);
        if (snapshot is null)
        {
            var failed = SnapshotLoadResult.Failed(result.SourceCommit, error!);
            RecordFailure(failed, elapsed);
            return failed;
        }

        metrics.LoadFinished(elapsed, succeeded: true);
        lastReportedFailure = null;
        var change = cache.Publish(snapshot);
        if (change is null)
        {
            SourceLog.SameContent(logger, source.Description, snapshot.Version);
        }
        else
        {
            SourceLog.Published(logger, snapshot.Version, snapshot.SourceCommit, source.Description, snapshot.Resources.Count, change.Upserted.Count, change.Removed.Count, (long)elapsed.TotalMilliseconds);
        }

        return result;
    }

    private void RecordFailure(SnapshotLoadResult result, TimeSpan elapsed)
    {
        metrics.LoadFinished(elapsed, succeeded: false);

        // The same failure seen again on the next poll (say, a file that stays missing) is one
        // failure, not one per poll.
        var key = result.SourceCommit + "\n" + result.Diagnostics;
        if (key == lastReportedFailure)
        {
            return;
        }

        lastReportedFailure = key;
        cache.RecordFailure(new SnapshotLoadFailure(DateTimeOffset.UtcNow, result.SourceCommit, result.Diagnostics));
        if (cache.Current is not null)
        {
            SourceLog.Rejected(logger, source.Description, result.SourceCommit, cache.Current.Version, result.Diagnostics);
        }
    }
}
