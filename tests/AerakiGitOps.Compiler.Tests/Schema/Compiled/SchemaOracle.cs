using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Schema;
using AerakiGitOps.Compiler.Schema.Compiled;
using NJsonSchema;

namespace AerakiGitOps.Compiler.Tests.Schema.Compiled;

/// <summary>What one validator made of a document: valid or not, the flattened findings in order, and the diagnostics.</summary>
internal sealed record SchemaOutcome(bool Valid, IReadOnlyList<string> Findings, IReadOnlyList<string> Diagnostics)
{
    public override string ToString() => $"valid={Valid}\n  findings:\n    {string.Join("\n    ", Findings)}\n  diagnostics:\n    {string.Join("\n    ", Diagnostics)}";
}

/// <summary>
/// Runs a document through the reference path (YAML converted to JTokens, validated by NJsonSchema,
/// flattened and reported as the compiler did before) and through the compiled validator, and shows
/// both outcomes in one comparable form.
/// </summary>
internal static class SchemaOracle
{
    private static readonly JsonSchemaValidator Reference = new();
    private static readonly CompiledSchemaValidator Compiled = new();

    public static SchemaOutcome ByReference(PolicyDocument document)
    {
        var diagnostics = new DiagnosticBag();
        var valid = Reference.Validate(document, diagnostics);
        return new SchemaOutcome(valid, ReferenceFindings(document.Root, SchemaCatalog.Embedded.Get(document.Kind)), Show(diagnostics));
    }

    public static SchemaOutcome ByCompiled(PolicyDocument document)
    {
        var diagnostics = new DiagnosticBag();
        var valid = Compiled.Validate(document, diagnostics);
        return new SchemaOutcome(valid, CompiledFindings(document.Root, CompiledSchemaCatalog.Embedded.Get(document.Kind)), Show(diagnostics));
    }

    /// <summary>The findings NJsonSchema's errors flatten to, in order: kind, error, path, position of value and key, fields.</summary>
    public static IReadOnlyList<string> ReferenceFindings(YNode root, JsonSchema schema)
    {
        var tree = YamlJsonConverter.Convert(root)!;
        return [.. SchemaErrorFlattener.Flatten(schema.Validate(tree.Root)).Select(f =>
        {
            var origin = tree.OriginOf(f.Error.Token)!;
            return Line(f.Kind, f.Error.Kind.ToString(), origin.Path, origin.Node.At, origin.Key?.At, f.Fields);
        })];
    }

    public static IReadOnlyList<string> CompiledFindings(YNode root, SchemaNode schema)
        => [.. ErrorFlattener.Flatten(schema.Collect(root, string.Empty)).Select(f => Line(f.Kind, f.Error.Kind.ToString(), f.Error.Path, f.Error.Node.At, f.Error.Key?.At, f.Fields))];

    private static string Line(SchemaFindingKind kind, string error, string path, SourceLocation at, SourceLocation? keyAt, IReadOnlyList<string> fields)
        => $"{kind} {error} '{path}' at {at.Line}:{at.Column}{(keyAt is not { } key ? string.Empty : $" key {key.Line}:{key.Column}")} [{string.Join(", ", fields)}]";

    private static IReadOnlyList<string> Show(DiagnosticBag diagnostics) => [.. diagnostics.ToSortedList().Select(d => $"{d.Id} {d.Location} {d.Message}")];
}
