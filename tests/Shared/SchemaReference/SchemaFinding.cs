using NJsonSchema.Validation;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>One problem to report, taken from NJsonSchema's nested errors.</summary>
internal sealed record SchemaFinding(SchemaFindingKind Kind, ValidationError Error, IReadOnlyList<string> Fields);
