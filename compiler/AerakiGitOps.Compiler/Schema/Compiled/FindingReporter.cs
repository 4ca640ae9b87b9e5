using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>
/// Turns a finding into a diagnostic at the position of the offending value: the key of an unknown
/// field, the mapping that lacks a required field, or the value itself.
/// </summary>
internal static class FindingReporter
{
    public static void Report(Finding finding, DiagnosticBag diagnostics)
    {
        var error = finding.Error;
        var path = error.Path;
        var at = error.Node.At;
        var node = error.Node;

        switch (finding.Kind)
        {
            case SchemaFindingKind.MissingAlternative:
                diagnostics.Report(DiagnosticCatalog.SchemaMissingField, at, JsonPathText.Describe(path), "one of " + Quoted(finding.Fields, "or"));
                return;
            case SchemaFindingKind.ConflictingAlternatives:
                diagnostics.Report(DiagnosticCatalog.SchemaConflictingFields, at, JsonPathText.Describe(path), Quoted(finding.Fields, "and"));
                return;
        }

        switch (error.Kind)
        {
            case SchemaErrorKind.NoAdditionalPropertiesAllowed:
                var suggestion = FieldSuggestions.Closest(error.Key?.Value ?? error.Property ?? string.Empty, error.Schema.KnownFields);
                diagnostics.Report(DiagnosticCatalog.SchemaUnknownField, error.Key?.At ?? at, path, suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)");
                return;
            case SchemaErrorKind.PropertyRequired:
                diagnostics.Report(DiagnosticCatalog.SchemaMissingField, at, JsonPathText.Describe(path), $"the field '{error.Property}'");
                return;
            case var kind when ErrorFlattener.IsTypeMismatch(kind):
                diagnostics.Report(DiagnosticCatalog.SchemaWrongType, at, path, FindingText.Expected(error.Schema), FindingText.Got(node), FindingText.TypeHint(error.Schema, node));
                return;
            case var kind when IsValueConstraint(kind) || (kind is SchemaErrorKind.NotAnyOf or SchemaErrorKind.NotOneOf && error.Schema.Description is not null):
                diagnostics.Report(DiagnosticCatalog.SchemaValueNotAllowed, at, path, FindingText.Constraint(error), FindingText.Got(node));
                return;
            default:
                diagnostics.Report(DiagnosticCatalog.SchemaViolation, at, JsonPathText.Describe(path), $"does not match the schema ({error.Kind}); must be {FindingText.Constraint(error)}");
                return;
        }
    }

    private static bool IsValueConstraint(SchemaErrorKind kind) => kind is SchemaErrorKind.NumberTooBig
        or SchemaErrorKind.NumberTooSmall or SchemaErrorKind.PatternMismatch
        or SchemaErrorKind.StringTooShort or SchemaErrorKind.StringTooLong or SchemaErrorKind.NotInEnumeration
        or SchemaErrorKind.TooFewItems or SchemaErrorKind.TooManyItems
        or SchemaErrorKind.TooFewProperties or SchemaErrorKind.TooManyProperties;

    private static string Quoted(IReadOnlyList<string> fields, string conjunction)
    {
        var quoted = fields.Select(f => $"'{f}'").ToList();
        return quoted.Count <= 1
            ? string.Concat(quoted)
            : string.Join(", ", quoted.Take(quoted.Count - 1)) + $" {conjunction} " + quoted[^1];
    }
}
