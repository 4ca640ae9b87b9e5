namespace AerakiGitOps.Compiler.Schema;

/// <summary>What a flattened schema error says.</summary>
internal enum SchemaFindingKind
{
    /// <summary>One leaf error (wrong type, unknown field, range, ...).</summary>
    Violation,

    /// <summary>None of the alternatives of a oneOf/anyOf is present; the finding's fields lists them.</summary>
    MissingAlternative,

    /// <summary>More than one alternative of a oneOf is present; the finding's fields lists those set.</summary>
    ConflictingAlternatives,
}
