using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>Non-destructive edits of YAML trees: every call returns a new node and leaves the input alone.</summary>
public static class YamlEdits
{
    public static YScalar String(string value, SourceLocation? at = null) => new(at ?? SourceLocation.None, value, ScalarKind.String);

    /// <summary>Sets a key (replacing it in place, or appending it).</summary>
    public static YMapping With(this YMapping mapping, string key, YNode value)
    {
        var entries = mapping.Entries;
        var index = entries.IndexOf(entries.FirstOrDefault(e => e.Key.Value == key)!);
        var entry = new YEntry(index >= 0 ? entries[index].Key : new YKey(String(key, mapping.At)), value);
        return new YMapping(mapping.At, index >= 0 ? entries.SetItem(index, entry) : entries.Add(entry));
    }

    public static YMapping Without(this YMapping mapping, params string[] keys)
        => new(mapping.At, mapping.Entries.Where(e => !keys.Contains(e.Key.Value, StringComparer.Ordinal)).ToImmutableArray());

    public static YSequence Strings(IEnumerable<string> values, SourceLocation at)
        => new(at, values.Select(v => (YNode)String(v, at)).ToImmutableArray());

    public static YMapping EmptyMapping(SourceLocation at) => new(at, []);
}
