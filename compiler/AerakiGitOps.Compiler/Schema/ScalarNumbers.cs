using System.Globalization;
using System.Numerics;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>
/// The numbers of YAML 1.2 core-schema scalars: decimal integers with a sign, 0o octal, 0x hexadecimal
/// and floats (with .inf and .nan). A scalar typed int or float whose text is none of these is a string.
/// </summary>
internal static class ScalarNumbers
{
    /// <summary>True when <paramref name="text"/> is an integer in one of the core-schema forms.</summary>
    public static bool IsInteger(string text)
        => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) || ParseInteger(text) is not null;

    /// <summary>Parses the YAML 1.2 core-schema integer forms: decimal with sign, 0o octal and 0x hexadecimal.</summary>
    public static BigInteger? ParseInteger(string text)
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

    /// <summary>The integer as JSON shows it ("0x1F" and "+31" both read "31"); the text must be an integer.</summary>
    public static string IntegerText(string text)
        => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
            ? small.ToString(CultureInfo.CurrentCulture)
            : ParseInteger(text)!.Value.ToString(CultureInfo.CurrentCulture);

    /// <summary>Parses a core-schema float, including .inf, -.inf and .nan; null when the text is not one.</summary>
    public static double? ParseFloat(string text) => text.TrimStart('+') switch
    {
        ".inf" or ".Inf" or ".INF" => double.PositiveInfinity,
        "-.inf" or "-.Inf" or "-.INF" => double.NegativeInfinity,
        ".nan" or ".NaN" or ".NAN" => double.NaN,
        var number => double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null,
    };
}
