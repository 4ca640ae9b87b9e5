using System.Collections.Concurrent;

namespace AerakiGitOps.Xds.Server;

/// <summary>A monotonically increasing counter with one label value (here: the type URL).</summary>
public sealed class LabeledCounter
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> values = new(StringComparer.Ordinal);

    /// <summary>Adds one for <paramref name="label"/>.</summary>
    public void Increment(string label) =>
        Interlocked.Increment(ref values.GetOrAdd(label, static _ => new StrongBox<long>()).Value);

    /// <summary>Current value for <paramref name="label"/>, zero when never incremented.</summary>
    public long Get(string label) => values.TryGetValue(label, out var box) ? Interlocked.Read(ref box.Value) : 0;

    /// <summary>All label values, sorted, for exposition.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Snapshot() =>
        [.. values.Select(v => KeyValuePair.Create(v.Key, Interlocked.Read(ref v.Value.Value))).OrderBy(v => v.Key, StringComparer.Ordinal)];

    /// <summary>A mutable box shared by reference so Interlocked can update it in place.</summary>
    private sealed class StrongBox<T>
    {
        public T Value = default!;
    }
}
