using System.Buffers;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>
/// The shapes of plain scalars that the YAML reader resolves (YAML 1.2 core schema ints and floats) and that the
/// canonical writer must quote (YAML 1.1 booleans and numbers; values that cannot be written plain). Hand-written
/// scans instead of regular expressions: they run for most scalars of every document read and written, and a regex
/// call costs more in set-up than these strings take to scan. Each method accepts exactly what the anchored pattern in
/// its summary matches, including .NET's <c>$</c>, which also matches before one final line feed
/// (PlainScalarPatternsTests compare them with the patterns).
/// </summary>
internal static class PlainScalarPatterns
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");
    private static readonly SearchValues<char> Yaml11NumberTail = SearchValues.Create("0123456789abcdefABCDEFxXoObB_.:+-");

    /// <summary><c>^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$</c></summary>
    public static bool IsCoreInt(ReadOnlySpan<char> value)
    {
        value = WithoutFinalLineFeed(value);
        if (value.Length > 2 && value[0] == '0' && value[1] == 'o')
        {
            return !value[2..].ContainsAnyExceptInRange('0', '7');
        }

        if (value.Length > 2 && value[0] == '0' && value[1] == 'x')
        {
            return !value[2..].ContainsAnyExcept(HexDigits);
        }

        return IsDigits(WithoutSign(value));
    }

    /// <summary><c>^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$</c></summary>
    public static bool IsCoreFloat(ReadOnlySpan<char> value)
    {
        value = WithoutFinalLineFeed(value);
        if (value is ".nan" or ".NaN" or ".NAN")
        {
            return true;
        }

        value = WithoutSign(value);
        if (value is ".inf" or ".Inf" or ".INF")
        {
            return true;
        }

        var integerDigits = DigitCount(value);
        var rest = value[integerDigits..];
        if (rest.Length > 0 && rest[0] == '.')
        {
            var fractionDigits = DigitCount(rest[1..]);
            if (integerDigits == 0 && fractionDigits == 0)
            {
                return false; // "." alone, or ".e5"
            }

            rest = rest[(1 + fractionDigits)..];
        }
        else if (integerDigits == 0)
        {
            return false;
        }

        if (rest.Length == 0)
        {
            return true;
        }

        if (rest[0] is not ('e' or 'E'))
        {
            return false;
        }

        return IsDigits(WithoutSign(rest[1..]));
    }

    /// <summary><c>^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+.]?[0-9][0-9a-fA-FxXoObB_.:+-]*)$</c>: YAML 1.1 booleans and number forms.</summary>
    public static bool IsYaml11Special(ReadOnlySpan<char> value)
    {
        value = WithoutFinalLineFeed(value);
        if (value is "y" or "Y" or "yes" or "Yes" or "YES" or "n" or "N" or "no" or "No" or "NO" or "on" or "On" or "ON" or "off" or "Off" or "OFF")
        {
            return true;
        }

        if (value.Length > 0 && value[0] is '-' or '+' or '.')
        {
            value = value[1..];
        }

        return value.Length > 0 && char.IsAsciiDigit(value[0]) && !value[1..].ContainsAnyExcept(Yaml11NumberTail);
    }

    /// <summary>
    /// <c>^[^\s\-?:,\[\]{}#&amp;*!|&gt;'"%@`][^\t\r\n]*(?&lt;!\s)$</c>: starts with a character that cannot open an indicator, holds
    /// no tab or line break, and does not end in white space.
    /// </summary>
    public static bool IsSafePlain(ReadOnlySpan<char> value)
    {
        value = WithoutFinalLineFeed(value);
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || value[0] is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`')
        {
            return false;
        }

        return !value[1..].ContainsAny('\t', '\r', '\n') && !char.IsWhiteSpace(value[^1]);
    }

    private static ReadOnlySpan<char> WithoutSign(ReadOnlySpan<char> value)
        => value.Length > 0 && value[0] is '-' or '+' ? value[1..] : value;

    /// <summary>One or more ASCII digits and nothing else.</summary>
    private static bool IsDigits(ReadOnlySpan<char> value) => value.Length > 0 && !value.ContainsAnyExceptInRange('0', '9');

    private static ReadOnlySpan<char> WithoutFinalLineFeed(ReadOnlySpan<char> value)
        => value.Length > 0 && value[^1] == '\n' ? value[..^1] : value;

    private static int DigitCount(ReadOnlySpan<char> value)
        => value.IndexOfAnyExceptInRange('0', '9') is var end and >= 0 ? end : value.Length;
}
