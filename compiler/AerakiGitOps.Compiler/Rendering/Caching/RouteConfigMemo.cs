using System.Runtime.CompilerServices;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering.Snapshot;
using Envoy.Config.Route.V3;

namespace AerakiGitOps.Compiler.Rendering.Caching;

/// <summary>
/// Route configs kept across compilations, one per (service host, port). A route config is a function of
/// the host, the port, the MetaRouter of the host and the DestinationRules its destinations consult (for
/// hash policies); specs are bound once per unchanged document (<c>SpecBinder</c>), so an entry is reused
/// when the same spec objects are consulted again and rebuilt when any of them is a new object. Entries
/// the latest pass did not use are dropped when it completes.
/// </summary>
public sealed class RouteConfigMemo
{
    private readonly PassCache<(string Host, uint Port), Entry> _entries = new();

    // Versions of the configs this memo built: they are never changed after they are built, so a version
    // computed once stays true for as long as the config lives.
    private readonly ConditionalWeakTable<RouteConfiguration, string> _versions = new();
    private int _built;
    private int _reused;

    /// <summary>Route configs held.</summary>
    public int Count => _entries.Count;

    /// <summary>Route configs built and reused by the last completed pass.</summary>
    public (int Built, int Reused) LastPass { get; private set; }

    internal RouteConfiguration GetOrBuild(string host, uint port, MetaRouterSpec? router, ReadOnlySpan<DestinationRuleSpec?> consulted, int generation, Func<RouteConfiguration> build)
    {
        if (_entries.TryGet((host, port), generation, out var entry) && entry.DependsOnExactly(router, consulted))
        {
            Interlocked.Increment(ref _reused);
            return entry.Config;
        }

        Interlocked.Increment(ref _built);
        var config = build();
        _versions.AddOrUpdate(config, RouteSnapshotFactory.VersionOf(config));
        _entries.Set((host, port), new Entry(router, consulted.ToArray(), config), generation);
        return config;
    }

    /// <summary>The content version of a config (<see cref="RouteSnapshotFactory.VersionOf(RouteConfiguration)"/>), computed once per config this memo built.</summary>
    public string VersionOf(RouteConfiguration config)
        => _versions.TryGetValue(config, out var version) ? version : RouteSnapshotFactory.VersionOf(config);

    internal void Complete(int generation)
    {
        _entries.EndPass(generation);
        LastPass = (Interlocked.Exchange(ref _built, 0), Interlocked.Exchange(ref _reused, 0));
    }

    private sealed class Entry(MetaRouterSpec? router, DestinationRuleSpec?[] consulted, RouteConfiguration config)
    {
        public RouteConfiguration Config { get; } = config;

        /// <summary>Same spec objects (by reference: a changed document binds to new objects) in the same order.</summary>
        public bool DependsOnExactly(MetaRouterSpec? otherRouter, ReadOnlySpan<DestinationRuleSpec?> otherConsulted)
        {
            if (!ReferenceEquals(router, otherRouter) || consulted.Length != otherConsulted.Length)
            {
                return false;
            }

            for (var i = 0; i < consulted.Length; i++)
            {
                if (!ReferenceEquals(consulted[i], otherConsulted[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
