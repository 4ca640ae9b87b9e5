using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using NJsonSchema.Validation;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>
/// Turns a schema finding into a diagnostic at the position of the offending value: the key of an
/// unknown field, the mapping that lacks a required field, or the value itself.
/// </summary>
internal static class SchemaFindingReporter
{
    public static void Report(SchemaFinding finding, JsonDocumentTree tree, PolicyDocument document, DiagnosticBag diagnostics)
    {
        var error = finding.Error;
        var origin = tree.OriginOf(error.Token);
        var path = origin?.Path ?? string.Empty;
        var at = origin?.Node.At ?? document.At;
        var node = origin?.Node;

        switch (finding.Kind)
        {
            case SchemaFindingKind.MissingAlternative:
                diagnostics.Report(DiagnosticCatalog.SchemaMissingField, at, JsonPathText.Describe(path), "one of " + Quoted(finding.Fields, "or"));
                return;
            case SchemaFindingKind.ConflictingAlternatives:
                diagnostics.Report(DiagnosticCatalog.SchemaConflictingFields, at, JsonPathText.Describe(path), Quoted(finding.Fields, "and"));
                return;
        }

        if (error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed)
        {
            var suggestion = FieldSuggestions.Closest(origin?.Key?.Value ?? error.Property ?? string.Empty, error.Schema?.ActualSchema.ActualProperties.Keys ?? []);
            diagnostics.Report(DiagnosticCatalog.SchemaUnknownField, origin?.Key?.At ?? at, path, suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)");
            return;
        }

        if (error.Kind == ValidationErrorKind.PropertyRequired)
        {
            diagnostics.Report(DiagnosticCatalog.SchemaMissingField, at, JsonPathText.Describe(path), $"the field '{error.Property}'");
            return;
        }

        if (SchemaErrorFlattener.IsTypeMismatch(error.Kind) && error.Schema is { } schema)
        {
            diagnostics.Report(DiagnosticCatalog.SchemaWrongType, at, path, SchemaText.Expected(schema), SchemaText.Got(node), SchemaText.TypeHint(schema, node));
            return;
        }

        if (IsValueConstraint(error.Kind) || (error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf && error.Schema?.ActualSchema.Description is not null))
        {
            diagnostics.Report(DiagnosticCatalog.SchemaValueNotAllowed, at, path, SchemaText.Constraint(error), SchemaText.Got(node));
            return;
        }

        diagnostics.Report(DiagnosticCatalog.SchemaViolation, at, JsonPathText.Describe(path), $"does not match the schema ({error.Kind}); must be {SchemaText.Constraint(error)}");
    }

    private static bool IsValueConstraint(ValidationErrorKind kind) => kind is ValidationErrorKind.NumberTooBig
        or ValidationErrorKind.NumberTooSmall or ValidationErrorKind.IntegerTooBig or ValidationErrorKind.PatternMismatch
        or ValidationErrorKind.StringTooShort or ValidationErrorKind.StringTooLong or ValidationErrorKind.NotInEnumeration
        or ValidationErrorKind.TooFewItems or ValidationErrorKind.TooManyItems or ValidationErrorKind.ItemsNotUnique
        or ValidationErrorKind.TooFewProperties or ValidationErrorKind.TooManyProperties
        or ValidationErrorKind.NumberNotMultipleOf or ValidationErrorKind.IntegerNotMultipleOf
        or ValidationErrorKind.DateTimeExpected or ValidationErrorKind.DateExpected or ValidationErrorKind.TimeExpected
        or ValidationErrorKind.TimeSpanExpected or ValidationErrorKind.UriExpected or ValidationErrorKind.IpV4Expected
        or ValidationErrorKind.IpV6Expected or ValidationErrorKind.GuidExpected or ValidationErrorKind.UuidExpected
        or ValidationErrorKind.EmailExpected or ValidationErrorKind.HostnameExpected or ValidationErrorKind.Base64Expected;

    private static string Quoted(IReadOnlyList<string> fields, string conjunction)
    {
        var quoted = fields.Select(f => $"'{f}'").ToList();
        return quoted.Count <= 1
            ? string.Concat(quoted)
            : string.Join(", ", quoted.Take(quoted.Count - 1)) + $" {conjunction} " + quoted[^1];
    }
}
