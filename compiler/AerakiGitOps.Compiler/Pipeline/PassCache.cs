using System.Collections.Concurrent;

namespace AerakiGitOps.Compiler.Pipeline;

/// <summary>
/// Values kept across the compilations of a long-running compiler, where each compilation is one numbered
/// pass: a lookup marks the entry as used by the pass, and when the pass ends every entry it did not use is
/// dropped, so the cache never holds more than one compilation's worth. Safe to use from several threads.
/// </summary>
internal sealed class PassCache<TKey, TValue>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new(comparer);

    public int Count => _entries.Count;

    public bool TryGet(TKey key, int pass, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            Volatile.Write(ref entry.LastUsed, pass);
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value, int pass) => _entries[key] = new Entry(value) { LastUsed = pass };

    /// <summary>
    /// The entry held for <paramref name="key"/>, for a caller that will mark it used in later passes without
    /// looking it up (<see cref="Entry.MarkUsed"/>); null when there is none.
    /// </summary>
    public Entry? EntryOf(TKey key) => _entries.GetValueOrDefault(key);

    /// <summary>Drops every entry <paramref name="pass"/> did not use; returns how many.</summary>
    public int EndPass(int pass)
    {
        var evicted = 0;
        foreach (var (key, entry) in _entries)
        {
            if (Volatile.Read(ref entry.LastUsed) < pass && _entries.TryRemove(key, out _))
            {
                evicted++;
            }
        }

        return evicted;
    }

    public void Clear() => _entries.Clear();

    public sealed class Entry(TValue value)
    {
        internal int LastUsed;

        public TValue Value { get; } = value;

        /// <summary>Keeps the entry through the end of <paramref name="pass"/>. An entry replaced in the meantime is no longer held, and marking it does nothing.</summary>
        public void MarkUsed(int pass) => Volatile.Write(ref LastUsed, pass);
    }
}
