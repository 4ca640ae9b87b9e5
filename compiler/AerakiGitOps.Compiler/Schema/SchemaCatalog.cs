using AerakiGitOps.Compiler.Loading;
using NJsonSchema;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>
/// The JSON Schema of each kind, read from the embedded <c>schemas/&lt;kind&gt;.schema.json</c> the first
/// time it is needed and then shared (parsing is thread-safe and happens once per kind).
/// </summary>
internal sealed class SchemaCatalog
{
    private const string ResourcePrefix = "Schemas/";

    private readonly Dictionary<PolicyKind, Lazy<JsonSchema?>> _schemas;

    public SchemaCatalog(Func<string, string?> readSchemaText)
    {
        _schemas = Enum.GetValues<PolicyKind>().ToDictionary(
            kind => kind,
            kind => new Lazy<JsonSchema?>(() => Parse(readSchemaText(FileName(kind))), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    /// <summary>The schemas compiled into this assembly.</summary>
    public static SchemaCatalog Embedded { get; } = new(ReadEmbedded);

    /// <summary>The file name of a kind's schema: <c>metarouter.schema.json</c>.</summary>
    public static string FileName(PolicyKind kind) => kind.ToString().ToLowerInvariant() + ".schema.json";

    public bool Has(PolicyKind kind) => _schemas[kind].Value is not null;

    /// <summary>The schema of <paramref name="kind"/>; a missing schema is a build mistake, not a user error.</summary>
    public JsonSchema Get(PolicyKind kind)
        => _schemas[kind].Value ?? throw new InvalidOperationException($"no JSON Schema for {kind}: schemas/{FileName(kind)} is not embedded in the compiler");

    private static JsonSchema? Parse(string? text)
        => text is null ? null : JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult();

    private static string? ReadEmbedded(string fileName)
    {
        using var stream = typeof(SchemaCatalog).Assembly.GetManifestResourceStream(ResourcePrefix + fileName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
