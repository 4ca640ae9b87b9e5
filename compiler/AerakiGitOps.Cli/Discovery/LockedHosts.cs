using System.Collections.Immutable;

namespace AerakiGitOps.Cli.Discovery;

/// <summary>The facts an addresses lock file records: host -> addresses (in the cluster's order), hosts sorted ordinally.</summary>
public sealed class LockedHosts
{
    public LockedHosts(IEnumerable<KeyValuePair<string, ImmutableArray<string>>> hosts)
        => Hosts = hosts.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public static LockedHosts Empty { get; } = new([]);

    public ImmutableSortedDictionary<string, ImmutableArray<string>> Hosts { get; }

    public int Count => Hosts.Count;

    /// <summary>True when both record the same hosts with the same addresses in the same order.</summary>
    public bool SameAs(LockedHosts other)
        => Count == other.Count
           && Hosts.All(h => other.Hosts.TryGetValue(h.Key, out var addresses) && addresses.SequenceEqual(h.Value, StringComparer.Ordinal));
}
