namespace AerakiGitOps.Compiler.Rendering.Caching;

/// <summary>
/// What one render pass did with the cache: manifests rendered through their template (misses, failures
/// and uncacheable views included), manifests reused from an earlier pass, and entries evicted at its end
/// because this pass did not use them.
/// </summary>
public sealed record RenderCacheStatistics(int Rendered, int Reused, int Evicted)
{
    public static RenderCacheStatistics None { get; } = new(0, 0, 0);
}
