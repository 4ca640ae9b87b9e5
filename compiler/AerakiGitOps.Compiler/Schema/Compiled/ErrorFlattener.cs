using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>
/// Turns the error tree into the list of problems a user should fix. Containers (array items, map
/// values, allOf) are opened; for oneOf/anyOf only the branch that came closest is kept, so a user sees
/// "weight must be 0..100" rather than why every other alternative did not fit.
/// </summary>
internal static class ErrorFlattener
{
    public static List<Finding> Flatten(IEnumerable<SchemaError> errors)
    {
        var findings = new List<Finding>();
        foreach (var error in errors)
        {
            Flatten(error, findings);
        }

        return findings;
    }

    /// <summary>True for errors that say the value is of another JSON type than the schema wants.</summary>
    public static bool IsTypeMismatch(SchemaErrorKind kind) => kind is SchemaErrorKind.StringExpected
        or SchemaErrorKind.NumberExpected or SchemaErrorKind.IntegerExpected or SchemaErrorKind.BooleanExpected
        or SchemaErrorKind.ObjectExpected or SchemaErrorKind.ArrayExpected or SchemaErrorKind.NullExpected
        or SchemaErrorKind.NoTypeValidates;

    private static void Flatten(SchemaError error, List<Finding> findings)
    {
        switch (error.Kind)
        {
            case SchemaErrorKind.NoTypeValidates:
                FlattenMultiType(error, findings);
                break;
            case SchemaErrorKind.NotOneOf or SchemaErrorKind.NotAnyOf:
                FlattenAlternatives(error, findings);
                break;
            case SchemaErrorKind.NotAllOf or SchemaErrorKind.ArrayItemNotValid or SchemaErrorKind.AdditionalPropertiesNotValid:
                foreach (var branch in error.Branches)
                {
                    foreach (var inner in branch.Errors)
                    {
                        Flatten(inner, findings);
                    }
                }

                break;
            default:
                findings.Add(new Finding(SchemaFindingKind.Violation, error, []));
                break;
        }
    }

    /// <summary>A value allowed several types (e.g. integer or null): keep the errors of the type it has, if any.</summary>
    private static void FlattenMultiType(SchemaError multi, List<Finding> findings)
    {
        var sameType = multi.Branches.FirstOrDefault(b => b.Errors.Count > 0 && !b.Errors.Any(e => IsTypeMismatch(e.Kind)));
        if (sameType is null)
        {
            findings.Add(new Finding(SchemaFindingKind.Violation, multi, []));
            return;
        }

        foreach (var error in sameType.Errors)
        {
            Flatten(error, findings);
        }
    }

    private static void FlattenAlternatives(SchemaError choice, List<Finding> findings)
    {
        var passing = choice.Branches.Where(b => b.Errors.Count == 0).Select(b => b.Schema).ToList();
        if (choice.Kind == SchemaErrorKind.NotOneOf && passing.Count >= 2)
        {
            findings.Add(new Finding(SchemaFindingKind.ConflictingAlternatives, choice, ConflictingFields(choice.Node, passing)));
            return;
        }

        var failing = choice.Branches.Where(b => b.Errors.Count > 0).Select(b => b.Errors).ToList();
        if (failing.Count == 0)
        {
            findings.Add(new Finding(SchemaFindingKind.Violation, choice, []));
            return;
        }

        if (failing.All(errors => errors.All(e => e.Kind == SchemaErrorKind.PropertyRequired && e.IsAbout(choice.Node))))
        {
            var fields = failing.SelectMany(errors => errors).Select(e => e.Property ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
            findings.Add(new Finding(SchemaFindingKind.MissingAlternative, choice, fields));
            return;
        }

        var closest = failing
            .Select(Flatten)
            .Select((found, order) => (found, order))
            .OrderBy(c => c.found.Any(f => IsTypeMismatch(f.Error.Kind) && f.Error.IsAbout(choice.Node)) ? 1 : 0)
            .ThenBy(c => c.found.Count)
            .ThenBy(c => c.order)
            .First();
        if (choice.Schema.Description is not null && closest.found.All(f => f.Error.IsAbout(choice.Node)))
        {
            // The value itself fits no alternative (e.g. an int-or-string port): the choice's own description says it best.
            findings.Add(new Finding(SchemaFindingKind.Violation, choice, []));
            return;
        }

        findings.AddRange(closest.found);
    }

    /// <summary>The fields that make more than one alternative apply: those the passing branches require and the value sets.</summary>
    private static List<string> ConflictingFields(YNode node, List<SchemaNode> passing)
    {
        var required = passing.SelectMany(s => s.Object?.RequiredNames ?? []).Distinct(StringComparer.Ordinal).ToList();
        var present = node is YMapping mapping ? required.Where(name => ObjectRules.ValueOf(mapping, name) is not null).ToList() : [];
        return present.Count >= 2 ? present : required;
    }
}
