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

    /// <summary>
    /// The integer in plain decimal, as JSON shows it and as the binder and the canonical writer use it ("0x1F" and
    /// "+31" both read "31", "0777" reads "777" where Kubernetes' YAML reader would take octal 511); text that is not
    /// an integer is returned as it is.
    /// </summary>
    public static string IntegerText(string text)
        => text.Length > 0 && text[0] is >= '1' and <= '9' && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 ? text // already plain decimal
            : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small) ? small.ToString(CultureInfo.InvariantCulture)
            : ParseInteger(text) is { } large ? large.ToString(CultureInfo.InvariantCulture)
            : text;

    /// <summary>Parses a core-schema float, including .inf, -.inf and .nan; null when the text is not one.</summary>
    public static double? ParseFloat(string text) => text.TrimStart('+') switch
    {
        ".inf" or ".Inf" or ".INF" => double.PositiveInfinity,
        "-.inf" or "-.Inf" or "-.INF" => double.NegativeInfinity,
        ".nan" or ".NaN" or ".NAN" => double.NaN,
        var number => double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null,
    };
}
