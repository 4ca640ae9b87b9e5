using System.Globalization;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>The words schema diagnostics use for what a schema wants and what the document has.</summary>
internal static class FindingText
{
    private const int MaxShownLength = 60;

    private static readonly (JsonTypes Flag, string Name)[] TypeNames =
    [
        (JsonTypes.Integer, "an integer"),
        (JsonTypes.Number, "a number"),
        (JsonTypes.String, "a string"),
        (JsonTypes.Boolean, "true or false"),
        (JsonTypes.Object, "a mapping"),
        (JsonTypes.Array, "a list"),
    ];

    /// <summary>"an integer from 0 to 100", "one of ALLOW, DENY", "a string": what a value must be.</summary>
    public static string Expected(SchemaNode schema)
    {
        if (schema.Enum is { Values.Count: > 0 } allowed)
        {
            return OneOf(allowed.Values);
        }

        var types = TypeNames.Where(n => schema.Types.HasFlag(n.Flag)).Select(n => n.Name).ToList();
        if (types.Count == 0)
        {
            return schema.Description ?? "a valid value";
        }

        if (types.Count == 1 && (schema.Types.HasFlag(JsonTypes.Integer) || schema.Types.HasFlag(JsonTypes.Number)) && Range(schema.Number) is { } range)
        {
            return $"{types[0]} {range}";
        }

        return string.Join(" or ", types);
    }

    /// <summary>What a value that has the right type but breaks a constraint must be.</summary>
    public static string Constraint(SchemaError error)
    {
        var schema = error.Schema;
        return error.Kind switch
        {
            SchemaErrorKind.NumberTooBig or SchemaErrorKind.NumberTooSmall => Expected(schema),
            SchemaErrorKind.PatternMismatch => schema.Description ?? $"a string matching the pattern {schema.String?.Pattern}",
            SchemaErrorKind.StringTooShort => schema.String?.MinLength == 1 ? "a non-empty string" : $"a string of at least {schema.String?.MinLength} characters",
            SchemaErrorKind.StringTooLong => $"a string of at most {schema.String?.MaxLength} characters",
            SchemaErrorKind.NotInEnumeration => OneOf(schema.Enum?.Values ?? []),
            SchemaErrorKind.TooFewItems => $"a list of at least {Count(schema.Array?.MinItems ?? 0, "item")}",
            SchemaErrorKind.TooManyItems => $"a list of at most {Count(schema.Array?.MaxItems ?? 0, "item")}",
            SchemaErrorKind.TooFewProperties => $"a mapping of at least {Count(schema.Object?.MinProperties ?? 0, "entry")}",
            SchemaErrorKind.TooManyProperties => $"a mapping of at most {Count(schema.Object?.MaxProperties ?? 0, "entry")}",
            SchemaErrorKind.NotAnyOf or SchemaErrorKind.NotOneOf => schema.Description ?? "one of the allowed forms",
            _ => schema.Description ?? "a valid value",
        };
    }

    /// <summary>How a message shows the value found: <c>"80"</c>, <c>150</c>, <c>a mapping</c>, <c>an empty list</c>.</summary>
    public static string Got(YNode? node) => node switch
    {
        YScalar { Kind: ScalarKind.String, Value.Length: 0 } => "an empty string",
        YScalar { Kind: ScalarKind.String } s => "\"" + Shorten(s.Value) + "\"",
        YScalar s => Shorten(s.Value),
        YMapping => "a mapping",
        YSequence { Items.Length: 0 } => "an empty list",
        YSequence sequence => $"a list of {Count(sequence.Items.Length, "item")}",
        _ => "nothing",
    };

    /// <summary>A hint for the usual YAML typing slips: a quoted number, or an unquoted number where text is wanted.</summary>
    public static string TypeHint(SchemaNode schema, YNode? node)
    {
        var type = schema.Types;
        if (node is not YScalar scalar)
        {
            return string.Empty;
        }

        var wantsNumber = type.HasFlag(JsonTypes.Integer) || type.HasFlag(JsonTypes.Number);
        if (wantsNumber && scalar.Kind == ScalarKind.String && ScalarResolver.ResolvePlain(scalar.Value) is ScalarKind.Int or ScalarKind.Float)
        {
            return " (a quoted number is a string; remove the quotes)";
        }

        if (type.HasFlag(JsonTypes.Boolean) && scalar.Kind == ScalarKind.String && ScalarResolver.ResolvePlain(scalar.Value) is ScalarKind.Bool)
        {
            return " (a quoted true or false is a string; remove the quotes)";
        }

        if (type.HasFlag(JsonTypes.String) && scalar.Kind is ScalarKind.Int or ScalarKind.Float or ScalarKind.Bool)
        {
            var read = scalar.Kind switch
            {
                ScalarKind.Int => "an integer",
                ScalarKind.Float => "a number",
                _ => "a boolean",
            };
            return $" (YAML reads {scalar.Value} as {read}; quote it: \"{scalar.Value}\")";
        }

        return string.Empty;
    }

    private static string? Range(NumberRules? rules)
    {
        var min = rules?.ExclusiveMinimum ?? rules?.Minimum;
        var max = rules?.ExclusiveMaximum ?? rules?.Maximum;
        var above = rules?.ExclusiveMinimum is not null ? "greater than" : "of at least";
        var below = rules?.ExclusiveMaximum is not null ? "less than" : "of at most";
        return (min, max) switch
        {
            (null, null) => null,
            ({ } low, { } high) when above == "of at least" && below == "of at most" => $"from {Number(low)} to {Number(high)}",
            ({ } low, { } high) => $"{above} {Number(low)} and {below} {Number(high)}",
            ({ } low, null) => $"{above} {Number(low)}",
            (null, { } high) => $"{below} {Number(high)}",
        };
    }

    private static string OneOf(IReadOnlyList<object?> values)
    {
        var shown = values.Select(v => v switch
        {
            null => "null",
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString() ?? string.Empty,
        }).ToList();
        return shown.Count == 1 ? shown[0] : "one of " + string.Join(", ", shown);
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count, string noun)
    {
        var plural = noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s";
        return $"{count} {(count == 1 ? noun : plural)}";
    }

    private static string Shorten(string text)
        => text.Length <= MaxShownLength ? text : string.Concat(text.AsSpan(0, MaxShownLength), "...");
}
