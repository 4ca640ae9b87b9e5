using System.Runtime.CompilerServices;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Validation.Support;

/// <summary>
/// Finds positions the bound specs do not keep (list items such as hosts and exportTo, single fields of a
/// mapping) by going back to the document's YAML tree. A mapping is found by its position, which is
/// unique per document because two mappings never start at the same character.
/// </summary>
internal static class YamlLocator
{
    private static readonly ConditionalWeakTable<YMapping, Dictionary<(int Line, int Column), YMapping>> Index = new();

    /// <summary>The node at a path of mapping keys below the document root, or null.</summary>
    public static YNode? Node(PolicyDocument document, params string[] keys)
    {
        YNode? node = document.Root;
        foreach (var key in keys)
        {
            node = (node as YMapping)?[key];
        }

        return node;
    }

    /// <summary>The non-null scalar items of the sequence at a path, in order (the binder's Strings view).</summary>
    public static IReadOnlyList<YScalar> Scalars(PolicyDocument document, params string[] keys)
        => (Node(document, keys) as YSequence)?.Items.OfType<YScalar>().Where(s => !s.IsNull).ToList() ?? [];

    /// <summary>Where the sequence item at a path with this value is, or where the path points when there is none.</summary>
    public static SourceLocation ItemAt(PolicyDocument document, string value, params string[] keys)
        => Scalars(document, keys).FirstOrDefault(s => s.Value == value)?.At ?? At(document, keys);

    /// <summary>Where the path points, or the deepest part of it that exists.</summary>
    public static SourceLocation At(PolicyDocument document, params string[] keys)
    {
        YNode node = document.Root;
        foreach (var key in keys)
        {
            if ((node as YMapping)?[key] is not { } next)
            {
                break;
            }

            node = next;
        }

        return node.At;
    }

    /// <summary>The mapping that starts at a spec's position.</summary>
    public static YMapping? MappingAt(PolicyDocument document, SourceLocation at)
    {
        if (at.File != document.Root.At.File)
        {
            return null;
        }

        return Descend(document.Root, at.Line, at.Column)
            ?? Index.GetValue(document.Root, Build).GetValueOrDefault((at.Line, at.Column));
    }

    /// <summary>
    /// The mapping that starts at (line, column), found by walking down from <paramref name="node"/>: a node's children
    /// follow each other in the text, so the one that holds the position is the last that starts at or before it.
    /// Nothing is allocated, where indexing every mapping of every router's document cost 55 MB at 10,000 services.
    /// Null when the walk misses (positions out of text order, as merged or aliased nodes can be): the caller then
    /// falls back to the index.
    /// </summary>
    internal static YMapping? Descend(YNode node, int line, int column)
    {
        while (true)
        {
            if (node is YMapping { At: var at } found && at.Line == line && at.Column == column)
            {
                return found;
            }

            // The child to go down into: of those that start at or before the position, the last one (a mapping
            // entry starts at its key).
            YNode? next = null;
            var nextStart = default(SourceLocation);
            void Consider(SourceLocation start, YNode child)
            {
                if (StartsAtOrBefore(start, line, column) && (next is null || StartsAtOrBefore(nextStart, start.Line, start.Column)))
                {
                    (next, nextStart) = (child, start);
                }
            }

            switch (node)
            {
                case YMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        Consider(entry.Key.At, entry.Value);
                    }

                    break;
                case YSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        Consider(item.At, item);
                    }

                    break;
            }

            if (next is null)
            {
                return null;
            }

            node = next;
        }
    }

    private static bool StartsAtOrBefore(SourceLocation at, int line, int column)
        => at.Line < line || (at.Line == line && at.Column <= column);

    /// <summary>The position of a field's value in the mapping that starts at <paramref name="mappingAt"/>, else the mapping's.</summary>
    public static SourceLocation FieldAt(PolicyDocument document, SourceLocation mappingAt, string key)
        => MappingAt(document, mappingAt)?[key]?.At ?? mappingAt;

    private static Dictionary<(int Line, int Column), YMapping> Build(YMapping root)
    {
        // Keyed by line and column only: every node of a document is in the document's file.
        var result = new Dictionary<(int Line, int Column), YMapping>();
        var seen = new HashSet<YNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            // Aliases share nodes, so the tree may be a DAG: visit each node once.
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YMapping mapping:
                    result.TryAdd((mapping.At.Line, mapping.At.Column), mapping);
                    foreach (var entry in mapping.Entries)
                    {
                        pending.Push(entry.Value);
                    }

                    break;
                case YSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return result;
    }
}
