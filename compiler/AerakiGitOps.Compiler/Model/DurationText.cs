using System.Globalization;
using System.Text.RegularExpressions;

namespace AerakiGitOps.Compiler.Model;

/// <summary>
/// Durations as users write them in Kubernetes objects (Go syntax "100ms", "1m30s", or protobuf JSON
/// "0.100s") converted to the protobuf JSON form Aeraki emits: seconds with 0, 3, 6 or 9 fractional digits.
/// </summary>
public static partial class DurationText
{
    private static readonly Dictionary<string, decimal> NanosPerUnit = new(StringComparer.Ordinal)
    {
        ["ns"] = 1m,
        ["us"] = 1_000m,
        ["µs"] = 1_000m,
        ["ms"] = 1_000_000m,
        ["s"] = 1_000_000_000m,
        ["m"] = 60_000_000_000m,
        ["h"] = 3_600_000_000_000m,
    };

    /// <summary>google.protobuf.Duration's range: 10,000 years of seconds; anything longer is not a duration Envoy accepts.</summary>
    private const decimal MaxNanos = 315_576_000_000m * 1_000_000_000m;

    /// <summary>Total nanoseconds, or null when the text is not a duration (or is longer than a protobuf Duration holds).</summary>
    public static decimal? ParseNanos(string? text)
    {
        if (string.IsNullOrEmpty(text) || !Whole().IsMatch(text))
        {
            return null;
        }

        decimal total = 0;
        try
        {
            foreach (Match part in Part().Matches(text))
            {
                total += decimal.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture) * NanosPerUnit[part.Groups["u"].Value];
            }
        }
        catch (OverflowException)
        {
            return null;
        }

        total = decimal.Truncate(total);
        return total <= MaxNanos ? total : null;
    }

    /// <summary>"100ms" becomes "0.100s", "60s" stays "60s", "1m" becomes "60s".</summary>
    public static string? ToProtoJson(string? text)
    {
        if (ParseNanos(text) is not { } nanos)
        {
            return null;
        }

        var seconds = decimal.Truncate(nanos / 1_000_000_000m);
        var fraction = (long)(nanos - (seconds * 1_000_000_000m));
        var secondsText = seconds.ToString(CultureInfo.InvariantCulture);
        if (fraction == 0)
        {
            return secondsText + "s";
        }

        var digits = fraction % 1_000_000 == 0 ? 3 : fraction % 1_000 == 0 ? 6 : 9;
        var scaled = fraction / (long)Math.Pow(10, 9 - digits);
        return $"{secondsText}.{scaled.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0')}s";
    }

    [GeneratedRegex(@"^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    [GeneratedRegex(@"(?<n>[0-9]+(\.[0-9]+)?)(?<u>ns|us|µs|ms|s|m|h)", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
