using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Compiler.Rendering.Caching;

/// <summary>
/// Rendered manifests kept across compilations (the <c>serve</c> reconciler compiles every commit), keyed
/// by the template and the full content of the view (<see cref="RenderKey"/>), so a compilation in which one
/// service changed renders only that service's manifests. Each compilation is one <see cref="RenderPass"/>;
/// when it completes, entries it did not use are evicted, so the cache holds one compilation's manifests at
/// most. Safe to use from several threads; entries are immutable trees shared by the passes that hit them.
/// </summary>
public sealed class RenderCache
{
    private readonly PassCache<RenderKey, YMapping> _entries = new();
    private int _generation;

    /// <summary>Manifests held.</summary>
    public int Count => _entries.Count;

    /// <summary>Route configs kept by the same passes.</summary>
    public RouteConfigMemo RouteConfigs { get; } = new();

    /// <summary>What the last completed pass did.</summary>
    public RenderCacheStatistics LastPass { get; private set; } = RenderCacheStatistics.None;

    /// <summary>Starts the render pass of one compilation.</summary>
    internal RenderPass BeginPass() => new(this, Interlocked.Increment(ref _generation));

    internal bool TryGet(RenderKey key, int generation, out YMapping content) => _entries.TryGet(key, generation, out content);

    internal void Add(RenderKey key, YMapping content, int generation) => _entries.Set(key, content, generation);

    /// <summary>Drops every entry the pass of <paramref name="generation"/> did not use, and records the pass.</summary>
    internal void Complete(int generation, int rendered, int reused)
    {
        LastPass = new RenderCacheStatistics(rendered, reused, _entries.EndPass(generation));
        RouteConfigs.Complete(generation);
    }
}
