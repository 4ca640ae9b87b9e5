using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>The JSON type a YAML node has once converted: what the type keyword is checked against.</summary>
internal enum ValueKind
{
    Object,
    Array,
    String,
    Integer,
    Float,
    Boolean,
    Null,
}

/// <summary>Reads a YAML node as the JSON value the schema stage sees (YAML 1.2 core-schema scalar types).</summary>
internal static class ValueKinds
{
    public static ValueKind Of(YNode node) => node switch
    {
        YMapping => ValueKind.Object,
        YSequence => ValueKind.Array,
        YScalar scalar => Of(scalar),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.GetType().Name}"),
    };

    /// <summary>An int or float scalar whose text is not a number (only possible with an explicit tag) stays a string.</summary>
    public static ValueKind Of(YScalar scalar) => scalar.Kind switch
    {
        ScalarKind.Null => ValueKind.Null,
        ScalarKind.Bool => ValueKind.Boolean,
        ScalarKind.Int => ScalarNumbers.IsInteger(scalar.Value) ? ValueKind.Integer : ValueKind.String,
        ScalarKind.Float => ScalarNumbers.ParseFloat(scalar.Value) is null ? ValueKind.String : ValueKind.Float,
        _ => ValueKind.String,
    };

    /// <summary>True when a value of <paramref name="kind"/> does not have the single JSON type <paramref name="type"/>.</summary>
    public static bool Mismatches(JsonTypes type, ValueKind kind)
        => (type.HasFlag(JsonTypes.Array) && kind != ValueKind.Array)
        || (type.HasFlag(JsonTypes.String) && kind != ValueKind.String)
        || (type.HasFlag(JsonTypes.Number) && kind is not (ValueKind.Integer or ValueKind.Float))
        || (type.HasFlag(JsonTypes.Integer) && kind != ValueKind.Integer)
        || (type.HasFlag(JsonTypes.Boolean) && kind != ValueKind.Boolean)
        || (type.HasFlag(JsonTypes.Null) && kind != ValueKind.Null)
        || (type.HasFlag(JsonTypes.Object) && kind != ValueKind.Object);

    /// <summary>
    /// The text <c>enum</c> compares a scalar by (the converted JSON value's ToString()): "80" and 80 both
    /// read "80", 0x50 reads "80", true reads "True", null reads "".
    /// </summary>
    public static string EnumText(YScalar scalar, ValueKind kind) => kind switch
    {
        ValueKind.Null => string.Empty,
        ValueKind.Boolean => scalar.Value.Equals("true", StringComparison.OrdinalIgnoreCase) ? "True" : "False",
        ValueKind.Integer => ScalarNumbers.IntegerText(scalar.Value),
        ValueKind.Float => ScalarNumbers.ParseFloat(scalar.Value)!.Value.ToString(System.Globalization.CultureInfo.CurrentCulture),
        _ => scalar.Value,
    };
}
