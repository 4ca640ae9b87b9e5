using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>
/// Checks each policy document against the compiled JSON Schema of its kind, walking the YAML tree
/// directly. A valid document costs one allocation-free walk; only an invalid one is walked again to
/// collect its errors, which become the same AGO2xxx diagnostics, at the same positions, as the
/// NJsonSchema-based validator made. Stateless and safe to share between threads.
/// </summary>
internal sealed class CompiledSchemaValidator(CompiledSchemaCatalog schemas) : ISchemaValidator
{
    /// <summary>Documents larger than this once aliases are expanded are not checked.</summary>
    public const long MaxNodes = 2_000_000;

    public CompiledSchemaValidator()
        : this(CompiledSchemaCatalog.Embedded)
    {
    }

    public bool Validate(PolicyDocument document, DiagnosticBag diagnostics)
    {
        if (document.Root.ExpandedSize > MaxNodes)
        {
            diagnostics.Report(DiagnosticCatalog.SchemaViolation, document.At, "the document", $"is too large to check (more than {MaxNodes} nodes once aliases are expanded); split it");
            return false;
        }

        var schema = schemas.Get(document.Kind);
        if (schema.Accepts(document.Root))
        {
            return true;
        }

        var errors = schema.Collect(document.Root, string.Empty);
        if (errors.Count == 0)
        {
            return true;
        }

        foreach (var finding in ErrorFlattener.Flatten(errors))
        {
            FindingReporter.Report(finding, diagnostics);
        }

        return false;
    }
}
