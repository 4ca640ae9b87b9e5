using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Tests.Schema.Compiled;

/// <summary>One step into a YAML tree: a mapping key or a sequence index.</summary>
internal readonly record struct Step(string? Key, int Index)
{
    public override string ToString() => Key ?? $"[{Index}]";
}

/// <summary>
/// Makes broken variants of a document: at every node, values of other types, out-of-range numbers, too
/// long or empty strings, unknown and misspelt fields, removed fields and items, and deeper nesting.
/// </summary>
internal static class DocumentMutator
{
    /// <summary>A named change of one node (null removes it from its mapping or list).</summary>
    public sealed record Mutation(string Name, Func<YNode, YNode?> Apply);

    public static IReadOnlyList<Mutation> ValueMutations { get; } =
    [
        new("a string", n => Scalar(n, "text", ScalarKind.String)),
        new("a quoted number", n => Scalar(n, "80", ScalarKind.String)),
        new("an empty string", n => Scalar(n, string.Empty, ScalarKind.String)),
        new("a long string", n => Scalar(n, new string('a', 300), ScalarKind.String)),
        new("a duration-like string", n => Scalar(n, "10x", ScalarKind.String)),
        new("an integer", n => Scalar(n, "70000", ScalarKind.Int)),
        new("a negative integer", n => Scalar(n, "-1", ScalarKind.Int)),
        new("zero", n => Scalar(n, "0", ScalarKind.Int)),
        new("a hexadecimal integer", n => Scalar(n, "0x10", ScalarKind.Int)),
        new("a float", n => Scalar(n, "1.5", ScalarKind.Float)),
        new("infinity", n => Scalar(n, ".inf", ScalarKind.Float)),
        new("not a number", n => Scalar(n, ".nan", ScalarKind.Float)),
        new("a boolean", n => Scalar(n, "true", ScalarKind.Bool)),
        new("null", n => Scalar(n, "null", ScalarKind.Null)),
        new("an empty mapping", n => new YMapping(n.At, [])),
        new("a mapping with an unknown field", n => new YMapping(n.At, [new YEntry(Key(n, "unknownField"), Scalar(n, "1", ScalarKind.Int))])),
        new("an empty list", n => new YSequence(n.At, [])),
        new("wrapped in a list", n => new YSequence(n.At, [n])),
        new("a list with a null item", n => new YSequence(n.At, [Scalar(n, "~", ScalarKind.Null)])),
        new("nested three levels deeper", n => new YMapping(n.At, [new YEntry(Key(n, "a"), new YSequence(n.At, [new YMapping(n.At, [new YEntry(Key(n, "b"), n)])]))])),
        new("removed", _ => null),
    ];

    /// <summary>Changes of a mapping as a whole: a misspelt copy of each key, and an extra unknown key.</summary>
    public static IEnumerable<Mutation> MappingMutations(YMapping mapping)
    {
        foreach (var entry in mapping.Entries.Where(e => e.Key.Value.Length > 2))
        {
            var misspelt = entry.Key.Value[..^1];
            yield return new Mutation($"'{entry.Key.Value}' misspelt", n => Rename((YMapping)n, entry.Key.Value, misspelt));
        }

        yield return new Mutation("an extra field", n => With((YMapping)n, "extraField", Scalar(n, "x", ScalarKind.String)));
    }

    /// <summary>The path of every node of <paramref name="root"/>, the root (empty path) first.</summary>
    public static IEnumerable<(Step[] Path, YNode Node)> Positions(YNode root)
    {
        var pending = new Stack<(Step[] Path, YNode Node)>();
        pending.Push(([], root));
        while (pending.Count > 0)
        {
            var (path, node) = pending.Pop();
            yield return (path, node);
            switch (node)
            {
                case YMapping mapping:
                    foreach (var entry in mapping.Entries.Reverse())
                    {
                        pending.Push(([.. path, new Step(entry.Key.Value, 0)], entry.Value));
                    }

                    break;
                case YSequence sequence:
                    for (var i = sequence.Items.Length - 1; i >= 0; i--)
                    {
                        pending.Push(([.. path, new Step(null, i)], sequence.Items[i]));
                    }

                    break;
            }
        }
    }

    /// <summary>A copy of <paramref name="root"/> with the node at <paramref name="path"/> replaced (or removed when the change returns null).</summary>
    public static YNode Replace(YNode root, ReadOnlySpan<Step> path, Func<YNode, YNode?> change)
    {
        if (path.IsEmpty)
        {
            return change(root) ?? root;
        }

        var step = path[0];
        var rest = path[1..].ToArray();
        switch (root)
        {
            case YMapping mapping when step.Key is not null:
                var entries = ImmutableArray.CreateBuilder<YEntry>();
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Key.Value != step.Key)
                    {
                        entries.Add(entry);
                    }
                    else if ((rest.Length == 0 ? change(entry.Value) : Replace(entry.Value, rest, change)) is { } replaced)
                    {
                        entries.Add(entry with { Value = replaced });
                    }
                }

                return new YMapping(mapping.At, entries.ToImmutable());
            case YSequence sequence when step.Key is null:
                var items = ImmutableArray.CreateBuilder<YNode>();
                for (var i = 0; i < sequence.Items.Length; i++)
                {
                    if (i != step.Index)
                    {
                        items.Add(sequence.Items[i]);
                    }
                    else if ((rest.Length == 0 ? change(sequence.Items[i]) : Replace(sequence.Items[i], rest, change)) is { } replaced)
                    {
                        items.Add(replaced);
                    }
                }

                return new YSequence(sequence.At, items.ToImmutable());
            default:
                throw new InvalidOperationException($"no {step} in {root.GetType().Name}");
        }
    }

    private static YScalar Scalar(YNode at, string value, ScalarKind kind) => new(Shift(at.At), value, kind);

    private static YScalar Key(YNode at, string value) => new(Shift(at.At), value, ScalarKind.String);

    /// <summary>New nodes sit one column right of the node they replace, so a diagnostic shows which one it points at.</summary>
    private static SourceLocation Shift(SourceLocation at) => at with { Column = at.Column + 1 };

    private static YMapping Rename(YMapping mapping, string from, string to)
        => mapping.ContainsKey(to) ? mapping : new YMapping(mapping.At, [.. mapping.Entries.Select(e => e.Key.Value == from ? new YEntry(new YScalar(e.Key.At, to, ScalarKind.String), e.Value) : e)]);

    private static YMapping With(YMapping mapping, string key, YNode value)
        => mapping.ContainsKey(key) ? mapping : new YMapping(mapping.At, [.. mapping.Entries, new YEntry(Key(mapping, key), value)]);
}
