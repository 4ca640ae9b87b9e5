using System.Runtime.CompilerServices;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering.Filters;
using AerakiGitOps.Compiler.Rendering.Manifests;

namespace AerakiGitOps.Compiler.Rendering.Caching;

/// <summary>
/// The rendered manifests of each (planner, service) kept across compilations with the inputs they were planned
/// from (<see cref="PlanInputs"/>): a service whose inputs are the same objects is neither planned nor encoded
/// again, which is what a one-file commit needs for the thousands of services it does not touch. Part of
/// <see cref="RenderCache"/>, used through its <see cref="RenderPass"/>; entries the latest pass did not use
/// are dropped when it completes.
/// </summary>
internal sealed class PlanMemo
{
    private readonly PassCache<(Type Planner, ServiceModel Service), Entry> _entries = new(KeyComparer.Instance);

    public int Count => _entries.Count;

    public bool TryGet(IServicePlanner planner, ServiceModel service, PlanInputs inputs, int generation, out Entry entry)
        => _entries.TryGet((planner.GetType(), service), generation, out entry) && entry.Inputs.SameAs(inputs);

    public void Set(IServicePlanner planner, ServiceModel service, Entry entry, int generation)
        => _entries.Set((planner.GetType(), service), entry, generation);

    public int EndPass(int generation) => _entries.EndPass(generation);

    /// <summary>A service's manifests, the inputs they were planned from, and their entries in the render cache (marked used on every reuse).</summary>
    internal sealed record Entry(PlanInputs Inputs, RenderedManifest[] Manifests, PassCache<RenderKey, RenderedEntry>.Entry[] Rendered);

    /// <summary>Services by reference: a service model is immutable, and records compare by value, which is both slower and not what identity means here.</summary>
    private sealed class KeyComparer : IEqualityComparer<(Type Planner, ServiceModel Service)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((Type Planner, ServiceModel Service) x, (Type Planner, ServiceModel Service) y)
            => x.Planner == y.Planner && ReferenceEquals(x.Service, y.Service);

        public int GetHashCode((Type Planner, ServiceModel Service) key)
            => HashCode.Combine(key.Planner, RuntimeHelpers.GetHashCode(key.Service));
    }
}
