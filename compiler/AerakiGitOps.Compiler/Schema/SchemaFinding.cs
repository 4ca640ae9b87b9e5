using NJsonSchema.Validation;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>What a flattened schema error says.</summary>
internal enum SchemaFindingKind
{
    /// <summary>One NJsonSchema leaf error (wrong type, unknown field, range, ...).</summary>
    Violation,

    /// <summary>None of the alternatives of a oneOf/anyOf is present; <see cref="SchemaFinding.Fields"/> lists them.</summary>
    MissingAlternative,

    /// <summary>More than one alternative of a oneOf is present; <see cref="SchemaFinding.Fields"/> lists those set.</summary>
    ConflictingAlternatives,
}

/// <summary>One problem to report, taken from NJsonSchema's nested errors.</summary>
internal sealed record SchemaFinding(SchemaFindingKind Kind, ValidationError Error, IReadOnlyList<string> Fields);
