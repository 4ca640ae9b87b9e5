namespace AerakiGitOps.Cli.Discovery;

/// <summary>What an update of the lock file changes: hosts added, hosts whose addresses changed, hosts removed (each sorted).</summary>
public sealed record LockChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Updated, IReadOnlyList<string> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Updated.Count == 0 && Removed.Count == 0;

    public static LockChanges Between(LockedHosts before, LockedHosts after)
    {
        var added = after.Hosts.Keys.Where(h => !before.Hosts.ContainsKey(h)).ToList();
        var removed = before.Hosts.Keys.Where(h => !after.Hosts.ContainsKey(h)).ToList();
        var updated = after.Hosts
            .Where(h => before.Hosts.TryGetValue(h.Key, out var old) && !old.SequenceEqual(h.Value, StringComparer.Ordinal))
            .Select(h => h.Key)
            .ToList();
        return new LockChanges(added, updated, removed);
    }

    /// <summary>"added 2 hosts, updated 1, removed 0".</summary>
    public override string ToString()
        => $"added {Added.Count} host{(Added.Count == 1 ? string.Empty : "s")}, updated {Updated.Count}, removed {Removed.Count}";
}
