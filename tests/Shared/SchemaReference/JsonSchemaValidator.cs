using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>
/// Checks each policy document against the JSON Schema of its kind (<c>schemas/&lt;kind&gt;.schema.json</c>,
/// embedded in the compiler) with NJsonSchema. Every violation becomes an AGO2xxx diagnostic at the
/// file, line and column of the offending value. Stateless and safe to share between threads.
/// </summary>
public sealed class JsonSchemaValidator : ISchemaValidator
{
    private readonly SchemaCatalog _schemas;

    /// <summary>A validator over the schemas embedded in the compiler.</summary>
    public JsonSchemaValidator()
        : this(SchemaCatalog.Embedded)
    {
    }

    internal JsonSchemaValidator(SchemaCatalog schemas)
    {
        _schemas = schemas;
    }

    /// <inheritdoc />
    public bool Validate(PolicyDocument document, DiagnosticBag diagnostics)
    {
        var schema = _schemas.Get(document.Kind);
        var tree = YamlJsonConverter.Convert(document.Root);
        if (tree is null)
        {
            diagnostics.Report(DiagnosticCatalog.SchemaViolation, document.At, "the document", $"is too large to check (more than {YamlJsonConverter.MaxNodes} nodes once aliases are expanded); split it");
            return false;
        }

        var errors = schema.Validate(tree.Root);
        if (errors.Count == 0)
        {
            return true;
        }

        foreach (var finding in SchemaErrorFlattener.Flatten(errors))
        {
            SchemaFindingReporter.Report(finding, tree, document, diagnostics);
        }

        return false;
    }
}
