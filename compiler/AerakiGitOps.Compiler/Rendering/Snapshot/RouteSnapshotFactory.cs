using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using AerakiGitOps.Compiler.Pipeline;
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
    /// <param name="routeConfigs">The route configs to serve.</param>
    /// <param name="sourceCommit">The commit the policies were read from, if any.</param>
    /// <param name="versionOf">How to version a config; by default <see cref="VersionOf(RouteConfiguration)"/>
    /// (a render cache passes its memoised versions of the configs it kept).</param>
    public static RouteSnapshot Create(IEnumerable<RouteConfiguration> routeConfigs, string? sourceCommit, Func<RouteConfiguration, string>? versionOf = null)
        => CreateSerialized(routeConfigs, sourceCommit, versionOf).Snapshot;

    /// <summary>
    /// <see cref="Create"/>, and when the versions are worked out here (no <paramref name="versionOf"/>), the protobuf
    /// bytes each route config's version was hashed from, in route order, so that snapshot.pb is framed around them
    /// instead of serialising every route config a second time.
    /// </summary>
    public static SerializedRouteSnapshot CreateSerialized(IEnumerable<RouteConfiguration> routeConfigs, string? sourceCommit, Func<RouteConfiguration, string>? versionOf = null)
    {
        var snapshot = new RouteSnapshot { SourceCommit = sourceCommit ?? string.Empty };
        var sorted = routeConfigs.ToList();
        if (!IsSortedByName(sorted))
        {
            sorted = [.. sorted.OrderBy(c => c.Name, StringComparer.Ordinal)]; // stable: equal names keep their order
        }

        // Hashing each config is independent work; the routes keep the sorted order.
        var versioned = versionOf is null
            ? OrderedParallel.Map(sorted, Serialized)
            : OrderedParallel.Map(sorted, config => (Version: versionOf(config), Bytes: (byte[]?)null));
        for (var i = 0; i < sorted.Count; i++)
        {
            snapshot.Routes.Add(new SnapshotRoute { Name = sorted[i].Name, Version = versioned[i].Version, RouteConfig = sorted[i] });
        }

        snapshot.Version = VersionOf(snapshot.Routes);
        return new SerializedRouteSnapshot(snapshot, versionOf is null ? [.. versioned.Select(v => v.Bytes!)] : null);
    }

    private static (string Version, byte[]? Bytes) Serialized(RouteConfiguration config)
    {
        var bytes = config.ToByteArray();
        return (Hash(bytes), bytes);
    }

    /// <summary>The renderer hands the configs over sorted already; checking is one pass, sorting again is not.</summary>
    private static bool IsSortedByName(List<RouteConfiguration> configs)
    {
        for (var i = 1; i < configs.Count; i++)
        {
            if (string.CompareOrdinal(configs[i - 1].Name, configs[i].Name) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>SHA-256 of the config's protobuf bytes, serialized into a pooled buffer.</summary>
    public static string VersionOf(RouteConfiguration config)
    {
        var size = config.CalculateSize();
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            config.WriteTo(buffer.AsSpan(0, size));
            return Hash(buffer.AsSpan(0, size));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>SHA-256 over "name\nversion\n" of every route, in the given (sorted) order.</summary>
    public static string VersionOf(IEnumerable<SnapshotRoute> routes)
    {
        // The UTF-8 text goes through a pooled buffer into an incremental hash: no copy of all of it.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var used = 0;
            foreach (var route in routes)
            {
                var line = Encoding.UTF8.GetMaxByteCount(route.Name.Length + route.Version.Length) + 2;
                if (used + line > buffer.Length)
                {
                    hash.AppendData(buffer, 0, used);
                    used = 0;
                }

                if (line > buffer.Length)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes($"{route.Name}\n{route.Version}\n"));
                    continue;
                }

                used += Encoding.UTF8.GetBytes(route.Name, buffer.AsSpan(used));
                buffer[used++] = (byte)'\n';
                used += Encoding.UTF8.GetBytes(route.Version, buffer.AsSpan(used));
                buffer[used++] = (byte)'\n';
            }

            hash.AppendData(buffer, 0, used);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>A snapshot and, when known, the protobuf bytes of each of its route configs, in route order.</summary>
public sealed record SerializedRouteSnapshot(RouteSnapshot Snapshot, IReadOnlyList<byte[]>? RouteConfigBytes);
