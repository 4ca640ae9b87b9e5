using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>One key of a mapping with its value; the key keeps its own position for diagnostics.</summary>
public sealed record YEntry(YScalar Key, YNode Value);

/// <summary>A YAML mapping whose keys are unique scalars, in source order.</summary>
public sealed class YMapping(SourceLocation at, ImmutableArray<YEntry> entries) : YNode(at)
{
    private readonly Dictionary<string, YEntry> _byKey = entries.ToDictionary(e => e.Key.Value, StringComparer.Ordinal);

    public ImmutableArray<YEntry> Entries { get; } = entries;

    public override long ExpandedSize { get; } = 1 + entries.Sum(e => 1 + e.Value.ExpandedSize);

    public YNode? this[string key] => _byKey.TryGetValue(key, out var entry) ? entry.Value : null;

    public YEntry? Entry(string key) => _byKey.GetValueOrDefault(key);

    public bool ContainsKey(string key) => _byKey.ContainsKey(key);
}
