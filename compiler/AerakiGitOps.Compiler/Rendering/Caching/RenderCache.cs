using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering.Manifests;

namespace AerakiGitOps.Compiler.Rendering.Caching;

/// <summary>
/// Rendered manifests kept across compilations (the <c>serve</c> reconciler compiles every commit), one per
/// template and manifest identity (<see cref="RenderKey"/>) with the full content of the view it was rendered
/// from, reused only for a byte-for-byte equal view, so a compilation in which one service changed renders
/// only that service's manifests. Above them, <see cref="PlanMemo"/> keeps each service's manifests with the
/// planner inputs they came from, so an unchanged service is not even planned. Each compilation is one <see cref="RenderPass"/>;
/// when it completes, entries it did not use are evicted, so the cache holds one compilation's manifests at
/// most. Safe to use from several threads; entries are immutable trees shared by the passes that hit them.
/// </summary>
public sealed class RenderCache
{
    private readonly PassCache<RenderKey, RenderedEntry> _entries = new();
    private int _generation;

    /// <summary>Manifests held.</summary>
    public int Count => _entries.Count;

    /// <summary>(Planner, service) pairs the last completed pass planned: new services, changed inputs, and planners that cannot list their inputs; the others' manifests were reused whole.</summary>
    public int LastPassPlannedServices { get; private set; }

    /// <summary>Route configs kept by the same passes.</summary>
    public RouteConfigMemo RouteConfigs { get; } = new();

    /// <summary>What the last completed pass did.</summary>
    public RenderCacheStatistics LastPass { get; private set; } = RenderCacheStatistics.None;

    /// <summary>The order of the last pass's manifests.</summary>
    internal ManifestOrder Order { get; } = new();

    /// <summary>Each service's manifests with the planner inputs they came from.</summary>
    internal PlanMemo Plans { get; } = new();

    /// <summary>Starts the render pass of one compilation.</summary>
    internal RenderPass BeginPass() => new(this, Interlocked.Increment(ref _generation));

    internal bool TryGet(RenderKey key, int generation, out RenderedEntry entry) => _entries.TryGet(key, generation, out entry);

    internal void Add(RenderKey key, RenderedEntry entry, int generation) => _entries.Set(key, entry, generation);

    internal PassCache<RenderKey, RenderedEntry>.Entry? EntryOf(RenderKey key) => _entries.EntryOf(key);

    /// <summary>
    /// Drops every entry the pass of <paramref name="generation"/> did not use, and records the pass;
    /// <paramref name="replaced"/> entries were already overwritten by a new rendering of their manifest.
    /// </summary>
    internal void Complete(int generation, int rendered, int reused, int replaced, int plannedServices)
    {
        LastPassPlannedServices = plannedServices;
        Plans.EndPass(generation);
        LastPass = new RenderCacheStatistics(rendered, reused, _entries.EndPass(generation) + replaced);
        RouteConfigs.Complete(generation);
    }
}

/// <summary>A rendered manifest and the content of the view it was rendered from.</summary>
internal sealed record RenderedEntry(byte[] View, RenderedManifest Manifest);
