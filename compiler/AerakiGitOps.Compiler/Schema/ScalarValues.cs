using System.Globalization;
using System.Numerics;
using AerakiGitOps.Compiler.Loading.Yaml;
using Newtonsoft.Json.Linq;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>Turns a resolved YAML scalar into the JSON value of the same type.</summary>
internal static class ScalarValues
{
    public static JValue ToJValue(YScalar scalar) => scalar.Kind switch
    {
        ScalarKind.Null => JValue.CreateNull(),
        ScalarKind.Bool => new JValue(scalar.Value.Equals("true", StringComparison.OrdinalIgnoreCase)),
        ScalarKind.Int => ParseInteger(scalar.Value) is { } integer ? Integer(integer) : JValue.CreateString(scalar.Value),
        ScalarKind.Float => ParseFloat(scalar.Value) is { } number ? new JValue(number) : JValue.CreateString(scalar.Value),
        _ => JValue.CreateString(scalar.Value),
    };

    private static JValue Integer(BigInteger value)
        => value >= long.MinValue && value <= long.MaxValue ? new JValue((long)value) : new JValue((object)value);

    /// <summary>Parses the YAML 1.2 core-schema integer forms: decimal with sign, 0o octal and 0x hexadecimal.</summary>
    private static BigInteger? ParseInteger(string text)
    {
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            return BigInteger.TryParse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? hex : null;
        }

        if (text.StartsWith("0o", StringComparison.Ordinal))
        {
            BigInteger octal = 0;
            foreach (var digit in text.AsSpan(2))
            {
                if (digit is < '0' or > '7')
                {
                    return null;
                }

                octal = (octal * 8) + (digit - '0');
            }

            return text.Length > 2 ? octal : null;
        }

        return BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static double? ParseFloat(string text) => text.TrimStart('+') switch
    {
        ".inf" or ".Inf" or ".INF" => double.PositiveInfinity,
        "-.inf" or "-.Inf" or "-.INF" => double.NegativeInfinity,
        ".nan" or ".NaN" or ".NAN" => double.NaN,
        var number => double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null,
    };
}
