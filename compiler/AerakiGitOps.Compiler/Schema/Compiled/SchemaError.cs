using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>The result of checking a value against one alternative (or one type) of a schema.</summary>
internal sealed record SchemaBranch(SchemaNode Schema, IReadOnlyList<SchemaError> Errors);

/// <summary>
/// One failed check: what failed (<see cref="Kind"/>), on which value (<see cref="Node"/> at
/// <see cref="Path"/>), against which schema node, and for a container error (alternatives, array
/// items, map values, multiple types) the errors of each branch.
/// </summary>
internal sealed class SchemaError(SchemaErrorKind kind, YNode node, string path, SchemaNode schema)
{
    public SchemaErrorKind Kind { get; } = kind;

    /// <summary>The offending value (for an unknown field: its value; <see cref="Key"/> is the key).</summary>
    public YNode Node { get; } = node;

    /// <summary>The display path of the value ("spec.routes[0].weight"; empty for the document).</summary>
    public string Path { get; } = path;

    /// <summary>The schema the value was checked against.</summary>
    public SchemaNode Schema { get; } = schema;

    /// <summary>The field a required-field or unknown-field error names.</summary>
    public string? Property { get; init; }

    /// <summary>For an unknown field: the key, where the diagnostic points. The error is then about the field, not its value.</summary>
    public YKey? Key { get; init; }

    /// <summary>For oneOf/anyOf/allOf, array items and map values: the errors of each branch, in schema order.</summary>
    public IReadOnlyList<SchemaBranch> Branches { get; init; } = [];

    /// <summary>True for the error of a field (an unknown key) rather than of a value.</summary>
    public bool IsAboutField => Key is not null;

    /// <summary>True when this error is about <paramref name="node"/> itself (not one of its fields or descendants).</summary>
    public bool IsAbout(YNode node) => !IsAboutField && ReferenceEquals(Node, node);
}
