using System.Runtime;

namespace AerakiGitOps.Xds.Sources;

/// <summary>
/// Runs the reconciler's compile of a commit inside a no-GC region sized from the previous compile's
/// allocations. A recompile of a large repository allocates tens of megabytes of short-lived objects while
/// the heap holds the whole cached model; workstation GC's small gen0 budget turns that into dozens of
/// gen0 collections, each scanning the large heap's cards, which at 10,000 services cost more than the
/// compile itself. With the region, the collection happens once, after the commit is served. A compile
/// that allocates more than the region (a cold start, a large change) simply ends it and the GC runs as
/// usual; the region never starts with a full blocking collection.
/// </summary>
internal sealed class CompileWindow
{
    internal const long MinimumBytes = 16L << 20;
    internal const long MaximumBytes = 256L << 20;

    private long _lastAllocated;

    /// <summary>The region the next compile asks for: its predecessor's allocations and half again, within the bounds.</summary>
    internal long NextRegionBytes => Math.Clamp(_lastAllocated + (_lastAllocated / 2), MinimumBytes, MaximumBytes);

    /// <summary>Whether the latest compile ran in a region, and the GC pauses during it (for the benchmark).</summary>
    public (bool InRegion, TimeSpan GcPauses) Last { get; private set; }

    public T Run<T>(Func<T> compile)
    {
        var paused = GC.GetTotalPauseDuration();
        var started = TryStartRegion(NextRegionBytes);
        var before = GC.GetTotalAllocatedBytes();
        try
        {
            return compile();
        }
        finally
        {
            _lastAllocated = GC.GetTotalAllocatedBytes() - before;
            Last = (started, GC.GetTotalPauseDuration() - paused);
            if (started)
            {
                EndRegion();
            }
        }
    }

    /// <summary>
    /// Ends the region if it is still on. The runtime ends it early when the allocations outgrow it or another
    /// thread induces a collection, and then refuses to end it again: that is not a failure of the compile.
    /// </summary>
    private static void EndRegion()
    {
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // already ended by the runtime
        }
    }

    private static bool TryStartRegion(long bytes)
    {
        try
        {
            return GCSettings.LatencyMode != GCLatencyMode.NoGCRegion && GC.TryStartNoGCRegion(bytes, disallowFullBlockingGC: true);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return false; // more than this runtime allows, or another region is active: compile without one
        }
    }
}
