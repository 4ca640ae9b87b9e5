using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Pipeline;
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
    private int _planned;

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
                : entry.Manifest.WithSourceFiles(planned.SourceFiles);
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

    /// <summary>
    /// The manifests kept for <paramref name="service"/> by an earlier pass, when they were planned from the same
    /// <paramref name="inputs"/>; false (the service is counted as planned) when there are none or no inputs.
    /// </summary>
    public bool TryReuse(IServicePlanner planner, ServiceModel service, PlanInputs? inputs, out RenderedManifest[] manifests)
    {
        if (inputs is not { } known || !cache.Plans.TryGet(planner, service, known, generation, out var entry))
        {
            Interlocked.Increment(ref _planned);
            manifests = [];
            return false;
        }

        foreach (var rendered in entry.Rendered)
        {
            rendered.MarkUsed(generation); // keeps each manifest for a later pass in which the service changes but this view does not
        }

        Interlocked.Add(ref _reused, entry.Manifests.Length);
        manifests = entry.Manifests;
        return true;
    }

    /// <summary>Keeps a service's manifests, all rendered, with the inputs they were planned from and the keys they have in the render cache.</summary>
    public void Keep(IServicePlanner planner, ServiceModel service, PlanInputs inputs, RenderedManifest[] manifests, IEnumerable<RenderKey> keys)
    {
        var rendered = keys.Select(cache.EntryOf).OfType<PassCache<RenderKey, RenderedEntry>.Entry>().ToArray();
        cache.Plans.Set(planner, service, new PlanMemo.Entry(inputs, manifests, rendered), generation);
    }

    /// <summary>The route config of (<paramref name="host"/>, <paramref name="port"/>) kept from an earlier pass when it consulted the same specs, else the one <paramref name="build"/> makes.</summary>
    public RouteConfiguration GetOrBuildRouteConfig(string host, uint port, MetaRouterSpec? router, ReadOnlySpan<DestinationRuleSpec?> consulted, Func<RouteConfiguration> build)
        => cache.RouteConfigs.GetOrBuild(host, port, router, consulted, generation, build);

    public void Complete() => cache.Complete(generation, Volatile.Read(ref _rendered), Volatile.Read(ref _reused), Volatile.Read(ref _replaced), Volatile.Read(ref _planned));
}
