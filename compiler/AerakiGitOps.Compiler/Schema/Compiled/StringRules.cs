using System.Text.RegularExpressions;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>The keywords of string values: pattern (an unanchored .NET regex search), minLength and maxLength (UTF-16 units).</summary>
internal sealed class StringRules(string? pattern, int? minLength, int? maxLength)
{
    private readonly Regex? _pattern = pattern is null ? null : new Regex(pattern, RegexOptions.None);

    public string? Pattern { get; } = pattern;

    public int? MinLength { get; } = minLength;

    public int? MaxLength { get; } = maxLength;

    public bool Accepts(string value)
        => (_pattern is null || _pattern.IsMatch(value))
        && !(value.Length < MinLength)
        && !(value.Length > MaxLength);

    public void Collect(YScalar scalar, string path, SchemaNode owner, List<SchemaError> errors)
    {
        var value = scalar.Value;
        if (_pattern is not null && !_pattern.IsMatch(value))
        {
            errors.Add(new SchemaError(SchemaErrorKind.PatternMismatch, scalar, path, owner));
        }

        if (value.Length < MinLength)
        {
            errors.Add(new SchemaError(SchemaErrorKind.StringTooShort, scalar, path, owner));
        }

        if (value.Length > MaxLength)
        {
            errors.Add(new SchemaError(SchemaErrorKind.StringTooLong, scalar, path, owner));
        }
    }
}
