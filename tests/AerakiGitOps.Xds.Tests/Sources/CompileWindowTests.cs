using System.Runtime;
using AerakiGitOps.Xds.Sources;

namespace AerakiGitOps.Xds.Tests.Sources;

/// <summary>Alone: a no-GC region is process-wide, so allocations of tests running beside it would count against it.</summary>
[CollectionDefinition(nameof(CompileWindowTests), DisableParallelization = true)]
public sealed class CompileWindowCollection;

[Collection(nameof(CompileWindowTests))]
public sealed class CompileWindowTests
{
    private static byte[][] Allocate(long bytes)
    {
        var chunks = new byte[(int)(bytes / 65536)][];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = new byte[65536 - 32];
        }

        return chunks;
    }

    [Fact]
    public void The_region_is_sized_from_the_previous_compile_within_bounds()
    {
        var window = new CompileWindow();
        Assert.Equal(CompileWindow.MinimumBytes, window.NextRegionBytes);

        window.Run(() => Allocate(40L << 20).Length);
        Assert.InRange(window.NextRegionBytes, 57L << 20, 63L << 20); // 1.5 x about 40 MiB: the chunks are a little under 64 KiB each, and the count is not exact (other threads allocate too)

        window.Run(() => 0);
        Assert.Equal(CompileWindow.MinimumBytes, window.NextRegionBytes);

        window.Run(() => Allocate(400L << 20).Length);
        Assert.Equal(CompileWindow.MaximumBytes, window.NextRegionBytes);
    }

    [Fact]
    public void A_compile_within_the_region_sees_no_collection_and_the_region_ends_with_it()
    {
        var window = new CompileWindow();
        window.Run(() => Allocate(8L << 20).Length); // sizes the next region to 16 MiB (the minimum)

        var (result, collections) = window.Run(() =>
        {
            var before = GC.CollectionCount(0);
            var kept = Allocate(6L << 20);
            return (kept.Length, GC.CollectionCount(0) - before);
        });

        Assert.Equal(96, result);
        Assert.Equal(0, collections);
        Assert.True(window.Last.InRegion);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_compile_that_outgrows_the_region_ends_it_and_returns_normally()
    {
        var window = new CompileWindow();

        var result = window.Run(() => Allocate(64L << 20).Length);

        Assert.Equal(1024, result);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(96L << 20, window.NextRegionBytes, tolerance: 4 << 20);
    }

    [Fact]
    public void A_collection_induced_during_the_compile_ends_the_region_without_failing_the_compile()
    {
        var window = new CompileWindow();

        var result = window.Run(() =>
        {
            GC.Collect();
            return 42;
        });

        Assert.Equal(42, result);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_failing_compile_ends_the_region_and_its_exception_is_not_hidden()
    {
        var window = new CompileWindow();

        Assert.Throws<InvalidDataException>(() => window.Run<int>(() => throw new InvalidDataException("bad commit")));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}
