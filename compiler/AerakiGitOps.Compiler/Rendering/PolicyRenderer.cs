using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Rendering.Filters;
using AerakiGitOps.Compiler.Rendering.Filters.Protocols;
using AerakiGitOps.Compiler.Rendering.Filters.Redis;
using AerakiGitOps.Compiler.Rendering.Manifests;
using AerakiGitOps.Compiler.Rendering.Routes;
using Envoy.Config.Route.V3;

namespace AerakiGitOps.Compiler.Rendering;

/// <summary>
/// Renders a validated model: EnvoyFilters and gateway VirtualServices through templates, pass-through
/// objects, and RDS route configs. With a <see cref="RenderCache"/>, a manifest whose template and view
/// are unchanged since the cache's last pass is reused instead of rendered.
/// </summary>
public sealed class PolicyRenderer(PolicyModel model, RenderCache? cache = null)
{
    public RenderedPolicy Render(DiagnosticBag diagnostics)
    {
        var pass = cache?.BeginPass();
        var renderer = new ManifestRenderer(TemplateCatalog.Shared, pass);
        var planned = new MetaProtocolPlanner(model).Plan()
            .Concat(new GatewayPlanner(model).Plan())
            .Concat(new DubboPlanner(model).Plan())
            .Concat(new ThriftPlanner(model).Plan())
            .Concat(new RedisPlanner(model).Plan())
            .Concat(new StatPrefixFilterPlanner(model).Plan());
        // Planning is cheap and sequential; rendering and parsing back each manifest is independent work.
        var manifests = planned
            .ToList()
            .AsParallel()
            .AsOrdered()
            .Select(p => renderer.Render(p, diagnostics))
            .OfType<RenderedManifest>()
            .ToList()
            .Concat(PassThroughRenderer.Render(model))
            .OrderBy(ManifestFiles.PathOf, StringComparer.Ordinal)
            .ToList();

        var routeConfigs = RouteConfigs(pass).ToList();
        pass?.Complete();
        return new RenderedPolicy(manifests, routeConfigs);
    }

    /// <summary>One RouteConfiguration per (service host, MetaProtocol port), for every service with such a port; built in parallel, first of a name wins.</summary>
    private IEnumerable<RouteConfiguration> RouteConfigs(RenderPass? pass)
    {
        var builder = new RouteConfigBuilder(model, pass);
        return model.Services
            .SelectMany(s => s.PortsOf(ProtocolKind.MetaProtocol).Select(p => (Service: s, Port: p)))
            .AsParallel()
            .AsOrdered()
            .Select(target => builder.Build(target.Service, target.Port))
            .AsSequential()
            .DistinctBy(c => c.Name)
            .OrderBy(c => c.Name, StringComparer.Ordinal);
    }
}
