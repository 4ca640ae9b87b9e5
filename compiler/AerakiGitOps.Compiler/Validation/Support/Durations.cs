using System.Globalization;
using System.Text.RegularExpressions;

namespace AerakiGitOps.Compiler.Validation.Support;

/// <summary>
/// Durations as users write them in MetaRouters: Go's time.ParseDuration syntax (100ms, 1m30s, 1.5h)
/// which also covers the protobuf JSON form (0.100s).
/// </summary>
internal static partial class Durations
{
    private static readonly Dictionary<string, double> SecondsPerUnit = new(StringComparer.Ordinal)
    {
        ["ns"] = 1e-9,
        ["us"] = 1e-6,
        ["µs"] = 1e-6,
        ["μs"] = 1e-6,
        ["ms"] = 1e-3,
        ["s"] = 1,
        ["m"] = 60,
        ["h"] = 3600,
    };

    /// <summary>True when the text is a duration greater than zero.</summary>
    public static bool IsPositive(string text)
    {
        if (!Whole().IsMatch(text))
        {
            return false;
        }

        double seconds = 0;
        foreach (Match part in Part().Matches(text))
        {
            seconds += double.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture) * SecondsPerUnit[part.Groups[2].Value];
        }

        return seconds > 0;
    }

    [GeneratedRegex(@"^\+?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    [GeneratedRegex(@"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
