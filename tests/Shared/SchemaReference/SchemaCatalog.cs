using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Schema.Compiled;
using NJsonSchema;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>
/// NJsonSchema's reading of each kind's schema (the tests' reference for the compiled validator), from the
/// schemas embedded in the compiler, parsed the first time it is needed and then shared.
/// </summary>
internal sealed class SchemaCatalog
{
    private readonly Dictionary<PolicyKind, Lazy<JsonSchema?>> _schemas;

    public SchemaCatalog(Func<string, string?> readSchemaText)
    {
        _schemas = Enum.GetValues<PolicyKind>().ToDictionary(
            kind => kind,
            kind => new Lazy<JsonSchema?>(() => Parse(readSchemaText(FileName(kind))), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    /// <summary>The schemas embedded in the compiler.</summary>
    public static SchemaCatalog Embedded { get; } = new(CompiledSchemaCatalog.ReadEmbedded);

    /// <summary>The file name of a kind's schema: <c>metarouter.schema.json</c>.</summary>
    public static string FileName(PolicyKind kind) => CompiledSchemaCatalog.FileName(kind);

    public bool Has(PolicyKind kind) => _schemas[kind].Value is not null;

    /// <summary>The schema of <paramref name="kind"/>; a missing schema is a build mistake, not a user error.</summary>
    public JsonSchema Get(PolicyKind kind)
        => _schemas[kind].Value ?? throw new InvalidOperationException($"no JSON Schema for {kind}: schemas/{FileName(kind)} is not embedded in the compiler");

    private static JsonSchema? Parse(string? text)
        => text is null ? null : JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult();
}
