using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AerakiGitOps.Compiler.Validation.Re2;

namespace AerakiGitOps.Compiler.RouteTests;

/// <summary>
/// Evaluates an RE2 pattern the way Envoy's safe_regex matcher does: a full match of the whole value. The
/// pattern is translated to .NET syntax by <see cref="Re2Translator"/> and anchored with \A(?:...)\z (not ^...$,
/// which would also match before a trailing newline). NonBacktracking keeps RE2's linear-time guarantee.
/// </summary>
internal static class Re2Matcher
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly ConcurrentDictionary<string, Regex?> Cache = new(StringComparer.Ordinal);

    public static bool FullMatch(string pattern, string value)
    {
        var regex = Cache.GetOrAdd(pattern, Compile);
        try
        {
            return regex?.IsMatch(value) ?? false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Null for a pattern that is not valid RE2 (the AGO3007 rule has already rejected it in a compiled repository).</summary>
    private static Regex? Compile(string pattern)
    {
        var translation = Re2Translator.Translate(pattern);
        if (translation.Error is not null)
        {
            return null;
        }

        var anchored = $@"\A(?:{translation.Pattern})\z";
        try
        {
            return new Regex(anchored, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Timeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(anchored, RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
