using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Rendering.Filters;
using AerakiGitOps.Compiler.Rendering.Manifests;

namespace AerakiGitOps.Compiler.Rendering;

/// <summary>One planner's share of a render: one service for a per-service planner, every gateway for the gateway planner.</summary>
internal readonly struct PlanningUnit
{
    private readonly IServicePlanner? _planner;
    private readonly ServiceModel? _service;
    private readonly GatewayPlanner? _gateways;

    public PlanningUnit(IServicePlanner planner, ServiceModel service) => (_planner, _service) = (planner, service);

    public PlanningUnit(GatewayPlanner gateways) => _gateways = gateways;

    /// <summary>What the unit renders, before rendering.</summary>
    public IEnumerable<PlannedManifest> Plan() => _gateways is not null ? _gateways.Plan() : _planner!.Plan(_service!);

    /// <summary>
    /// The unit's manifests, those that failed reported to <paramref name="diagnostics"/>. With a render pass, a
    /// service whose planner inputs are the same as in the last pass gets its manifests back without planning,
    /// and a service whose manifests all rendered is kept for the next pass.
    /// </summary>
    public IReadOnlyList<RenderedManifest> Render(ManifestRenderer renderer, RenderPass? pass, DiagnosticBag diagnostics)
    {
        if (_gateways is not null)
        {
            return [.. Plan().Select(p => renderer.Render(p, diagnostics)).OfType<RenderedManifest>()];
        }

        var inputs = pass is null ? null : _planner!.InputsOf(_service!);
        if (pass is not null && pass.TryReuse(_planner!, _service!, inputs, out var kept))
        {
            return kept;
        }

        var planned = Plan().ToArray();
        var rendered = new List<RenderedManifest>(planned.Length);
        foreach (var manifest in planned)
        {
            if (renderer.Render(manifest, diagnostics) is { } done)
            {
                rendered.Add(done);
            }
        }

        if (inputs is { } complete && rendered.Count == planned.Length)
        {
            pass!.Keep(_planner!, _service!, complete, [.. rendered], planned.Select(p => renderer.CacheKeyOf(p, diagnostics)));
        }

        return rendered;
    }
}
