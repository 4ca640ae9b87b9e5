using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>
/// The compiled schema of each kind, compiled from <c>schemas/&lt;kind&gt;.schema.json</c> the first time
/// the kind is validated and then shared (compiling is thread-safe and happens once per kind).
/// </summary>
internal sealed class CompiledSchemaCatalog
{
    private const string ResourcePrefix = "Schemas/";

    private readonly Dictionary<PolicyKind, Lazy<SchemaNode?>> _schemas;

    public CompiledSchemaCatalog(Func<string, string?> readSchemaText)
    {
        _schemas = Enum.GetValues<PolicyKind>().ToDictionary(
            kind => kind,
            kind => new Lazy<SchemaNode?>(() => readSchemaText(FileName(kind)) is { } text ? SchemaCompiler.Compile(text, FileName(kind)) : null, LazyThreadSafetyMode.ExecutionAndPublication));
    }

    /// <summary>The schemas embedded in the compiler.</summary>
    public static CompiledSchemaCatalog Embedded { get; } = new(ReadEmbedded);

    /// <summary>The file name of a kind's schema: <c>metarouter.schema.json</c>.</summary>
    public static string FileName(PolicyKind kind) => kind.ToString().ToLowerInvariant() + ".schema.json";

    /// <summary>The compiled schema of <paramref name="kind"/>; a missing schema is a build mistake, not a user error.</summary>
    public SchemaNode Get(PolicyKind kind)
        => _schemas[kind].Value ?? throw new InvalidOperationException($"no JSON Schema for {kind}: schemas/{FileName(kind)} is not embedded in the compiler");

    /// <summary>The text of an embedded schema file, or null when it is not embedded.</summary>
    public static string? ReadEmbedded(string fileName)
    {
        using var stream = typeof(CompiledSchemaCatalog).Assembly.GetManifestResourceStream(ResourcePrefix + fileName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
