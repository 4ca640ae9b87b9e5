using System.Globalization;
using AerakiGitOps.Compiler.Loading.Yaml;
using NJsonSchema;
using NJsonSchema.Validation;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>The words schema diagnostics use for what a schema wants and what the document has.</summary>
internal static class SchemaText
{
    private const int MaxShownLength = 60;

    /// <summary>"an integer from 0 to 100", "one of ALLOW, DENY", "a string": what a value must be.</summary>
    public static string Expected(JsonSchema schema)
    {
        var actual = schema.ActualSchema;
        if (actual.Enumeration.Count > 0)
        {
            return OneOf(actual.Enumeration);
        }

        var types = TypeNames(actual.Type).ToList();
        if (types.Count == 0)
        {
            return actual.Description ?? "a valid value";
        }

        if (types.Count == 1 && (actual.Type.HasFlag(JsonObjectType.Integer) || actual.Type.HasFlag(JsonObjectType.Number)) && Range(actual) is { } range)
        {
            return $"{types[0]} {range}";
        }

        return string.Join(" or ", types);
    }

    /// <summary>What a value that has the right type but breaks a constraint must be.</summary>
    public static string Constraint(ValidationError error)
    {
        var schema = error.Schema?.ActualSchema;
        if (schema is null)
        {
            return "a valid value";
        }

        return error.Kind switch
        {
            ValidationErrorKind.NumberTooBig or ValidationErrorKind.NumberTooSmall or ValidationErrorKind.IntegerTooBig => Expected(schema),
            ValidationErrorKind.PatternMismatch => schema.Description ?? $"a string matching the pattern {schema.Pattern}",
            ValidationErrorKind.StringTooShort => schema.MinLength == 1 ? "a non-empty string" : $"a string of at least {schema.MinLength} characters",
            ValidationErrorKind.StringTooLong => $"a string of at most {schema.MaxLength} characters",
            ValidationErrorKind.NotInEnumeration => OneOf(schema.Enumeration),
            ValidationErrorKind.TooFewItems => $"a list of at least {Count(schema.MinItems, "item")}",
            ValidationErrorKind.TooManyItems => $"a list of at most {Count(schema.MaxItems, "item")}",
            ValidationErrorKind.ItemsNotUnique => "a list without duplicate items",
            ValidationErrorKind.TooFewProperties => $"a mapping of at least {Count(schema.MinProperties, "entry")}",
            ValidationErrorKind.TooManyProperties => $"a mapping of at most {Count(schema.MaxProperties, "entry")}",
            ValidationErrorKind.NumberNotMultipleOf or ValidationErrorKind.IntegerNotMultipleOf => $"a multiple of {schema.MultipleOf}",
            ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf => schema.Description ?? "one of the allowed forms",
            _ => schema.Format is { } format ? $"a valid {format}" : schema.Description ?? "a valid value",
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
    public static string TypeHint(JsonSchema schema, YNode? node)
    {
        var type = schema.ActualSchema.Type;
        if (node is not YScalar scalar)
        {
            return string.Empty;
        }

        var wantsNumber = type.HasFlag(JsonObjectType.Integer) || type.HasFlag(JsonObjectType.Number);
        if (wantsNumber && scalar.Kind == ScalarKind.String && ScalarResolver.ResolvePlain(scalar.Value) is ScalarKind.Int or ScalarKind.Float)
        {
            return " (a quoted number is a string; remove the quotes)";
        }

        if (type.HasFlag(JsonObjectType.Boolean) && scalar.Kind == ScalarKind.String && ScalarResolver.ResolvePlain(scalar.Value) is ScalarKind.Bool)
        {
            return " (a quoted true or false is a string; remove the quotes)";
        }

        if (type.HasFlag(JsonObjectType.String) && scalar.Kind is ScalarKind.Int or ScalarKind.Float or ScalarKind.Bool)
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

    private static IEnumerable<string> TypeNames(JsonObjectType type)
    {
        (JsonObjectType Flag, string Name)[] names =
        [
            (JsonObjectType.Integer, "an integer"),
            (JsonObjectType.Number, "a number"),
            (JsonObjectType.String, "a string"),
            (JsonObjectType.Boolean, "true or false"),
            (JsonObjectType.Object, "a mapping"),
            (JsonObjectType.Array, "a list"),
        ];
        return names.Where(n => type.HasFlag(n.Flag)).Select(n => n.Name);
    }

    private static string? Range(JsonSchema schema)
    {
        var min = schema.ExclusiveMinimum ?? schema.Minimum;
        var max = schema.ExclusiveMaximum ?? schema.Maximum;
        var above = schema.IsExclusiveMinimum || schema.ExclusiveMinimum is not null ? "greater than" : "of at least";
        var below = schema.IsExclusiveMaximum || schema.ExclusiveMaximum is not null ? "less than" : "of at most";
        return (min, max) switch
        {
            (null, null) => null,
            ({ } low, { } high) when above == "of at least" && below == "of at most" => $"from {Number(low)} to {Number(high)}",
            ({ } low, { } high) => $"{above} {Number(low)} and {below} {Number(high)}",
            ({ } low, null) => $"{above} {Number(low)}",
            (null, { } high) => $"{below} {Number(high)}",
        };
    }

    private static string OneOf(ICollection<object?> values)
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

    private static string Count(int? count, string noun)
    {
        var n = count ?? 0;
        var plural = noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s";
        return $"{n} {(n == 1 ? noun : plural)}";
    }

    private static string Shorten(string text)
        => text.Length <= MaxShownLength ? text : string.Concat(text.AsSpan(0, MaxShownLength), "...");
}
