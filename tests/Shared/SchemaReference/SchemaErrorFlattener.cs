using NJsonSchema;
using NJsonSchema.Validation;
using Newtonsoft.Json.Linq;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>
/// Turns NJsonSchema's error tree into the list of problems a user should fix. Containers (array
/// items, map values, allOf) are opened; for oneOf/anyOf only the branch that came closest is kept,
/// so a user sees "weight must be 0..100" rather than why every other alternative did not fit.
/// </summary>
internal static class SchemaErrorFlattener
{
    public static IReadOnlyList<SchemaFinding> Flatten(IEnumerable<ValidationError> errors)
    {
        var findings = new List<SchemaFinding>();
        foreach (var error in errors)
        {
            Flatten(error, findings);
        }

        return findings;
    }

    /// <summary>True for errors that say the value is of another JSON type than the schema wants.</summary>
    public static bool IsTypeMismatch(ValidationErrorKind kind) => kind is ValidationErrorKind.StringExpected
        or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected or ValidationErrorKind.BooleanExpected
        or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected or ValidationErrorKind.NullExpected
        or ValidationErrorKind.NoTypeValidates;

    private static void Flatten(ValidationError error, List<SchemaFinding> findings)
    {
        switch (error)
        {
            case MultiTypeValidationError multi:
                FlattenMultiType(multi, findings);
                break;
            case ChildSchemaValidationError child when error.Kind is ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf:
                FlattenAlternatives(child, findings);
                break;
            case ChildSchemaValidationError child:
                foreach (var branch in child.Errors.Values)
                {
                    foreach (var inner in branch)
                    {
                        Flatten(inner, findings);
                    }
                }

                break;
            default:
                findings.Add(new SchemaFinding(SchemaFindingKind.Violation, error, []));
                break;
        }
    }

    /// <summary>A value allowed several types (e.g. integer or null): keep the errors of the type it has, if any.</summary>
    private static void FlattenMultiType(MultiTypeValidationError multi, List<SchemaFinding> findings)
    {
        var sameType = multi.Errors.Values.FirstOrDefault(errors => errors.Count > 0 && !errors.Any(e => IsTypeMismatch(e.Kind)));
        if (sameType is null)
        {
            findings.Add(new SchemaFinding(SchemaFindingKind.Violation, multi, []));
            return;
        }

        foreach (var error in sameType)
        {
            Flatten(error, findings);
        }
    }

    private static void FlattenAlternatives(ChildSchemaValidationError choice, List<SchemaFinding> findings)
    {
        var branches = choice.Errors.ToList();
        var passing = branches.Where(b => b.Value.Count == 0).Select(b => b.Key.ActualSchema).ToList();
        if (choice.Kind == ValidationErrorKind.NotOneOf && passing.Count >= 2)
        {
            findings.Add(new SchemaFinding(SchemaFindingKind.ConflictingAlternatives, choice, ConflictingFields(choice.Token, passing)));
            return;
        }

        var failing = branches.Where(b => b.Value.Count > 0).Select(b => b.Value).ToList();
        if (failing.Count == 0)
        {
            findings.Add(new SchemaFinding(SchemaFindingKind.Violation, choice, []));
            return;
        }

        if (failing.All(errors => errors.All(e => e.Kind == ValidationErrorKind.PropertyRequired && ReferenceEquals(e.Token, choice.Token))))
        {
            var fields = failing.SelectMany(errors => errors).Select(e => e.Property ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
            findings.Add(new SchemaFinding(SchemaFindingKind.MissingAlternative, choice, fields));
            return;
        }

        var closest = failing
            .Select(errors => Flatten(errors))
            .Select((found, order) => (found, order))
            .OrderBy(c => c.found.Any(f => IsTypeMismatch(f.Error.Kind) && ReferenceEquals(f.Error.Token, choice.Token)) ? 1 : 0)
            .ThenBy(c => c.found.Count)
            .ThenBy(c => c.order)
            .First();
        if (choice.Schema?.ActualSchema.Description is not null && closest.found.All(f => ReferenceEquals(f.Error.Token, choice.Token)))
        {
            // The value itself fits no alternative (e.g. an int-or-string port): the choice's own description says it best.
            findings.Add(new SchemaFinding(SchemaFindingKind.Violation, choice, []));
            return;
        }

        findings.AddRange(closest.found);
    }

    /// <summary>The fields that make more than one alternative apply: those the passing branches require and the value sets.</summary>
    private static List<string> ConflictingFields(JToken? token, List<JsonSchema> passing)
    {
        var required = passing.SelectMany(s => s.RequiredProperties).Distinct(StringComparer.Ordinal).ToList();
        var present = token is JObject obj ? required.Where(name => obj.ContainsKey(name)).ToList() : [];
        return present.Count >= 2 ? present : required;
    }
}
