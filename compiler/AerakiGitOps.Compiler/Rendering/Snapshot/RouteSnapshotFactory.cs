using System.Security.Cryptography;
using System.Text;
using AerakiGitOps.Protos.Snapshot;
using Envoy.Config.Route.V3;
using Google.Protobuf;

namespace AerakiGitOps.Compiler.Rendering.Snapshot;

/// <summary>
/// Builds the served snapshot: route configs sorted by name, each versioned by the SHA-256 of its
/// deterministic protobuf bytes, and the snapshot versioned by the SHA-256 of every (name, version).
/// Identical content gives identical versions on every machine and every replica; clocks play no part.
/// </summary>
public static class RouteSnapshotFactory
{
    public static RouteSnapshot Create(IEnumerable<RouteConfiguration> routeConfigs, string? sourceCommit)
    {
        var snapshot = new RouteSnapshot { SourceCommit = sourceCommit ?? string.Empty };
        foreach (var config in routeConfigs.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            snapshot.Routes.Add(new SnapshotRoute { Name = config.Name, Version = Hash(config.ToByteArray()), RouteConfig = config });
        }

        snapshot.Version = VersionOf(snapshot.Routes);
        return snapshot;
    }

    /// <summary>SHA-256 over "name\nversion\n" of every route, in the given (sorted) order.</summary>
    public static string VersionOf(IEnumerable<SnapshotRoute> routes)
    {
        var canonical = new StringBuilder();
        foreach (var route in routes)
        {
            canonical.Append(route.Name).Append('\n').Append(route.Version).Append('\n');
        }

        return Hash(Encoding.UTF8.GetBytes(canonical.ToString()));
    }

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
