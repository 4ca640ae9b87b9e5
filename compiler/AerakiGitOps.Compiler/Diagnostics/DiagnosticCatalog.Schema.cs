namespace AerakiGitOps.Compiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static DiagnosticDescriptor SchemaWrongType { get; } = Error("AGO2001", "Value has the wrong type", "field '{0}' must be {1}, got {2}{3}");

    public static DiagnosticDescriptor SchemaUnknownField { get; } = Error("AGO2002", "Unknown field", "unknown field '{0}'{1}; remove it or fix its spelling");

    public static DiagnosticDescriptor SchemaMissingField { get; } = Error("AGO2003", "Required field missing", "{0} needs {1}; add it");

    public static DiagnosticDescriptor SchemaValueNotAllowed { get; } = Error("AGO2004", "Value not allowed", "field '{0}' must be {1}, got {2}");

    public static DiagnosticDescriptor SchemaViolation { get; } = Error("AGO2005", "Schema violation", "{0} {1}");

    public static DiagnosticDescriptor SchemaConflictingFields { get; } = Error("AGO2006", "Mutually exclusive fields", "{0} sets {1}; keep only one of them");
}
