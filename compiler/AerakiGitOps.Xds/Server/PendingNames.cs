namespace AerakiGitOps.Xds.Server;

/// <summary>
/// The names of one stream whose served state may differ from what the client was last sent, so the
/// next build looks at these names only instead of every subscribed one. Guarded by the stream's lock.
/// </summary>
/// <remarks>
/// Names enter when a snapshot change touches them, when they are newly subscribed, and (all of them)
/// on the first request. A build removes the names it settled and keeps the ones it could not send
/// yet (a rejected version, a response over the size limit), exactly those the stream would otherwise
/// reconsider on its next wake-up.
/// </remarks>
internal sealed class PendingNames
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    public int Count => names.Count;

    public void Add(string name) => names.Add(name);

    public void AddRange(IEnumerable<string> range) => names.UnionWith(range);

    public void Remove(string name) => names.Remove(name);

    /// <summary>Takes every pending name out, for one build; the build <see cref="Add"/>s back what it keeps.</summary>
    public string[] TakeAll()
    {
        var taken = new string[names.Count];
        names.CopyTo(taken);
        names.Clear();
        return taken;
    }

    /// <summary>Adds the names both changed and subscribed, iterating the smaller side.</summary>
    public (int Matched, int Examined) AddCommon(IReadOnlySet<string> changed, HashSet<string> subscribed) =>
        AddCommon(changed, subscribed, subscribed.Count, subscribed, static (set, name) => set.Contains(name));

    /// <summary>Adds the names both changed and held (name to version), iterating the smaller side.</summary>
    public (int Matched, int Examined) AddCommon(IReadOnlySet<string> changed, Dictionary<string, string> held) =>
        AddCommon(changed, held.Keys, held.Count, held, static (map, name) => map.ContainsKey(name));

    /// <summary>
    /// Adds the names in both <paramref name="changed"/> and the stream's own names, iterating the
    /// smaller side: a stream of S names costs O(min(S, changed)) per snapshot change, not O(S) or
    /// O(changed).
    /// </summary>
    /// <returns>How many names matched, and how many membership tests that took.</returns>
    private (int Matched, int Examined) AddCommon<TOwn>(IReadOnlySet<string> changed, IEnumerable<string> own, int ownCount, TOwn state, Func<TOwn, string, bool> ownContains)
    {
        var matched = 0;
        if (changed.Count <= ownCount)
        {
            foreach (var name in changed)
            {
                if (ownContains(state, name))
                {
                    names.Add(name);
                    matched++;
                }
            }

            return (matched, changed.Count);
        }

        foreach (var name in own)
        {
            if (changed.Contains(name))
            {
                names.Add(name);
                matched++;
            }
        }

        return (matched, ownCount);
    }
}
