using AerakiGitOps.Compiler.Schema.Compiled;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>The schema validator the pipeline uses unless told otherwise.</summary>
public static class SchemaValidators
{
    /// <summary>The embedded JSON Schemas of schemas/, compiled once and shared (the validator is thread-safe).</summary>
    public static ISchemaValidator Default { get; } = new CompiledSchemaValidator();
}
