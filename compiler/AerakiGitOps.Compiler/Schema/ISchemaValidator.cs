using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>Checks one document against the JSON Schema of its kind (schemas/&lt;kind&gt;.schema.json).</summary>
public interface ISchemaValidator
{
    /// <summary>Reports every violation at the position of the offending value; returns false when the document must not be bound.</summary>
    bool Validate(PolicyDocument document, DiagnosticBag diagnostics);
}
