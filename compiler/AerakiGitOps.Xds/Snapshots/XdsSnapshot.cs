using System.Collections.Frozen;
using AerakiGitOps.Protos.Snapshot;
using Google.Protobuf;

namespace AerakiGitOps.Xds.Snapshots;

/// <summary>
/// The immutable set of route configurations served at one moment, built from a compiled
/// <see cref="RouteSnapshot"/>. Swapped as a whole by <see cref="SnapshotCache"/>.
/// </summary>
public sealed class XdsSnapshot
{
    private XdsSnapshot(string version, string sourceCommit, FrozenDictionary<string, XdsResource> resources)
    {
        Version = version;
        SourceCommit = sourceCommit;
        Resources = resources;
    }

    /// <summary>Snapshot version: a hash over every resource's name and version.</summary>
    public string Version { get; }

    /// <summary>The git commit the snapshot was compiled from; empty when served from a folder.</summary>
    public string SourceCommit { get; }

    /// <summary>Resources by name (ordinal).</summary>
    public FrozenDictionary<string, XdsResource> Resources { get; }

    /// <summary>
    /// Builds a snapshot, checking the invariants the proxies rely on: non-empty, unique names and a
    /// RouteConfiguration whose own name equals the resource name (the MetaProtocol proxy NACKs a
    /// resource whose name differs from the one it asked for). Missing versions are computed.
    /// </summary>
    /// <returns>The snapshot, or null with <paramref name="error"/> describing the first problem.</returns>
    public static XdsSnapshot? TryCreate(RouteSnapshot source, out string? error)
    {
        ArgumentNullException.ThrowIfNull(source);
        var resources = new Dictionary<string, XdsResource>(StringComparer.Ordinal);
        foreach (var route in source.Routes)
        {
            error = Check(route, resources);
            if (error is not null)
            {
                return null;
            }

            var bytes = route.RouteConfig.ToByteString();
            var version = route.Version.Length > 0 ? route.Version : ContentHash.Sha256Hex(bytes.Span);
            resources.Add(route.Name, new XdsResource(route.Name, version, bytes));
        }

        var snapshotVersion = source.Version.Length > 0
            ? source.Version
            : ContentHash.OfPairs(resources.Select(r => KeyValuePair.Create(r.Key, r.Value.Version)));
        error = null;
        return new XdsSnapshot(snapshotVersion, source.SourceCommit, resources.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Like <see cref="TryCreate"/>, for inputs known to be valid (tests, code-built snapshots).</summary>
    /// <exception cref="ArgumentException">The snapshot breaks an invariant.</exception>
    public static XdsSnapshot Create(RouteSnapshot source) =>
        TryCreate(source, out var error) ?? throw new ArgumentException(error, nameof(source));

    private static string? Check(SnapshotRoute route, Dictionary<string, XdsResource> seen)
    {
        if (route.Name.Length == 0)
        {
            return "a route has an empty name";
        }

        if (seen.ContainsKey(route.Name))
        {
            return $"route '{route.Name}' appears twice";
        }

        if (route.RouteConfig is null)
        {
            return $"route '{route.Name}' has no route_config";
        }

        return route.RouteConfig.Name == route.Name
            ? null
            : $"route '{route.Name}' carries a route_config named '{route.RouteConfig.Name}'";
    }
}
