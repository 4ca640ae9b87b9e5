namespace AerakiGitOps.Xds.Server;

/// <summary>
/// The versions a stream NACKed, so they are never pushed to it again. Bounded: the oldest entries
/// are forgotten first, which only matters after many distinct rejected versions.
/// </summary>
internal sealed class RejectedVersions(int capacity)
{
    private readonly Queue<string> order = new();
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);

    public bool Contains(string key) => keys.Contains(key);

    public void Add(string key)
    {
        if (!keys.Add(key))
        {
            return;
        }

        order.Enqueue(key);
        if (order.Count > Math.Max(1, capacity))
        {
            keys.Remove(order.Dequeue());
        }
    }
}
