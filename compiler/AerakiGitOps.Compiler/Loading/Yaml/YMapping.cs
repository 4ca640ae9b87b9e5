using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>
/// A mapping key: its text, how it resolves and where it is. Kept inside the entry rather than as a node of its
/// own: a tree has about as many keys as all its other nodes together, and an object per key was a third of the
/// memory of a loaded policy repository.
/// </summary>
public readonly record struct YKey(string Value, ScalarKind Kind, SourceLocation At)
{
    public YKey(YScalar scalar)
        : this(scalar.Value, scalar.Kind, scalar.At)
    {
    }

    public override string ToString() => Value;
}

/// <summary>One key of a mapping with its value; the key keeps its own position for diagnostics.</summary>
public readonly record struct YEntry(YKey Key, YNode Value)
{
    public YEntry(YScalar key, YNode value)
        : this(new YKey(key), value)
    {
    }
}

/// <summary>A YAML mapping whose keys are unique scalars, in source order.</summary>
public sealed class YMapping : YNode
{
    // Small mappings (most of them) are searched in order: cheaper than building a dictionary for each.
    private const int LinearLookupLimit = 8;

    private readonly Dictionary<string, YEntry>? _byKey;

    public YMapping(SourceLocation at, ImmutableArray<YEntry> entries)
        : base(at)
    {
        Entries = entries;
        long size = 1;
        foreach (var entry in entries)
        {
            size += 1 + entry.Value.ExpandedSize;
        }

        ExpandedSize = size;
        if (entries.Length > LinearLookupLimit)
        {
            _byKey = entries.ToDictionary(e => e.Key.Value, StringComparer.Ordinal);
        }
        else
        {
            RequireUniqueKeys(entries);
        }
    }

    public ImmutableArray<YEntry> Entries { get; }

    public override long ExpandedSize { get; }

    public YNode? this[string key] => Entry(key)?.Value;

    public YEntry? Entry(string key)
    {
        if (_byKey is not null)
        {
            return _byKey.GetValueOrDefault(key);
        }

        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    public bool ContainsKey(string key) => Entry(key) is not null;

    /// <summary>Same contract as the dictionary of larger mappings: a duplicate key is a programming error.</summary>
    private static void RequireUniqueKeys(ImmutableArray<YEntry> entries)
    {
        for (var i = 1; i < entries.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(entries[i].Key.Value, entries[j].Key.Value, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"An item with the same key has already been added. Key: {entries[i].Key.Value}", nameof(entries));
                }
            }
        }
    }
}
