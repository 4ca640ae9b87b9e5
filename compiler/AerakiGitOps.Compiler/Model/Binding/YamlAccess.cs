using System.Collections.Immutable;
using System.Globalization;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Schema;

namespace AerakiGitOps.Compiler.Model.Binding;

/// <summary>
/// Typed reads of a schema-checked YAML mapping. Absent or mistyped fields read as null/empty: the
/// schema stage has already reported them, so binding never throws on user input.
/// </summary>
internal static class YamlAccess
{
    public static string? Str(this YMapping? map, string key)
        => map?[key] is YScalar { IsNull: false } scalar ? scalar.Value : null;

    public static uint? UInt(this YMapping? map, string key)
        => map.Number(key) is { } value && value is >= 0 and <= uint.MaxValue ? (uint)value : null;

    /// <summary>An int or float field's value; integers as YAML 1.2 reads them (<c>0x50</c> is 80), as they are written out.</summary>
    public static double? Number(this YMapping? map, string key)
        => map?[key] is YScalar { Kind: ScalarKind.Int or ScalarKind.Float } scalar
           && double.TryParse(scalar.Kind == ScalarKind.Int ? ScalarNumbers.IntegerText(scalar.Value) : scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    public static bool? Bool(this YMapping? map, string key)
        => map?[key] is YScalar { Kind: ScalarKind.Bool } scalar ? scalar.Value.Equals("true", StringComparison.OrdinalIgnoreCase) : null;

    public static YMapping? Map(this YMapping? map, string key) => map?[key] as YMapping;

    public static IEnumerable<YMapping> Maps(this YMapping? map, string key)
        => (map?[key] as YSequence)?.Items.OfType<YMapping>() ?? [];

    public static ImmutableArray<string> Strings(this YMapping? map, string key)
        => (map?[key] as YSequence)?.Items.OfType<YScalar>().Where(s => !s.IsNull).Select(s => s.Value).ToImmutableArray() ?? [];

    public static ImmutableSortedDictionary<string, string> StringMap(this YMapping? map, string key)
        => (map?[key] as YMapping)?.Entries
               .Where(e => e.Value is YScalar)
               .ToImmutableSortedDictionary(e => e.Key.Value, e => ((YScalar)e.Value).Value, StringComparer.Ordinal)
           ?? ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Position of a field's value, or of the mapping itself when the field is absent.</summary>
    public static SourceLocation At(this YMapping map, string key) => map[key]?.At ?? map.At;

    /// <summary>The scalar text of a value that may be a number or a string (e.g. targetPort).</summary>
    public static string? Text(this YMapping? map, string key) => map?[key] is YScalar { IsNull: false } scalar ? scalar.Value : null;
}
