using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Rendering.Filters;
using AerakiGitOps.Compiler.Rendering.Manifests;
using Envoy.Config.Route.V3;
using Scriban;

namespace AerakiGitOps.Compiler.Rendering.Caching;

/// <summary>One compilation's use of a <see cref="RenderCache"/>: lookups and additions from any thread, counted, then <see cref="Complete"/>.</summary>
internal sealed class RenderPass(RenderCache cache, int generation)
{
    private int _rendered;
    private int _reused;

    /// <summary>The cached manifest for <paramref name="planned"/>, or the one <paramref name="render"/> makes (kept when it succeeds).</summary>
    public RenderedManifest? GetOrRender(Template template, PlannedManifest planned, Func<RenderedManifest?> render)
    {
        var key = RenderKey.Of(template, planned);
        if (key is not null && cache.TryGet(key, generation, out var content))
        {
            Interlocked.Increment(ref _reused);
            return new RenderedManifest(planned.Kind, planned.Name, planned.Namespace, content, planned.SourceFiles);
        }

        Interlocked.Increment(ref _rendered);
        var manifest = render();
        if (key is not null && manifest is not null)
        {
            cache.Add(key, manifest.Content, generation);
        }

        return manifest;
    }

    /// <summary>The route config of (<paramref name="host"/>, <paramref name="port"/>) kept from an earlier pass when it consulted the same specs, else the one <paramref name="build"/> makes.</summary>
    public RouteConfiguration GetOrBuildRouteConfig(string host, uint port, MetaRouterSpec? router, DestinationRuleSpec?[] consulted, Func<RouteConfiguration> build)
        => cache.RouteConfigs.GetOrBuild(host, port, router, consulted, generation, build);

    public void Complete() => cache.Complete(generation, Volatile.Read(ref _rendered), Volatile.Read(ref _reused));
}
