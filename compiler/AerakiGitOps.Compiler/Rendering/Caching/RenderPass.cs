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
    private int _replaced;

    /// <summary>The cached manifest for <paramref name="planned"/>, or the one <paramref name="render"/> makes (kept when it succeeds).</summary>
    public RenderedManifest? GetOrRender(Template template, PlannedManifest planned, Func<RenderedManifest?> render)
    {
        if (!ViewContent.TryWrite(planned.View, out var view))
        {
            Interlocked.Increment(ref _rendered);
            return render(); // a view that cannot be described completely is never cached
        }

        var key = new RenderKey(template, planned.Kind, planned.Name, planned.Namespace);
        var known = cache.TryGet(key, generation, out var entry);
        if (known && entry.View.AsSpan().SequenceEqual(view))
        {
            Interlocked.Increment(ref _reused);
            return entry.Manifest.SourceFiles.SequenceEqual(planned.SourceFiles, StringComparer.Ordinal)
                ? entry.Manifest
                : entry.Manifest with { SourceFiles = planned.SourceFiles };
        }

        var viewBytes = view.ToArray(); // the span is this thread's buffer: copy it before rendering
        Interlocked.Increment(ref _rendered);
        var manifest = render();
        if (manifest is not null)
        {
            cache.Add(key, new RenderedEntry(viewBytes, manifest), generation);
            if (known)
            {
                Interlocked.Increment(ref _replaced);
            }
        }

        return manifest;
    }

    /// <summary>The route config of (<paramref name="host"/>, <paramref name="port"/>) kept from an earlier pass when it consulted the same specs, else the one <paramref name="build"/> makes.</summary>
    public RouteConfiguration GetOrBuildRouteConfig(string host, uint port, MetaRouterSpec? router, ReadOnlySpan<DestinationRuleSpec?> consulted, Func<RouteConfiguration> build)
        => cache.RouteConfigs.GetOrBuild(host, port, router, consulted, generation, build);

    public void Complete() => cache.Complete(generation, Volatile.Read(ref _rendered), Volatile.Read(ref _reused), Volatile.Read(ref _replaced));
}
