using System.Text;
using System.Text.RegularExpressions;

namespace AerakiGitOps.Compiler.Validation.Re2;

/// <summary>
/// Checks that a pattern is valid RE2, the syntax Envoy's google_re2 matcher and Aeraki's webhook accept.
/// .NET has no RE2 engine, so this works in two steps: <see cref="Re2Translator"/> rejects what RE2 does not
/// support (backreferences, lookaround, atomic groups, possessive quantifiers, ...) and rewrites RE2-only
/// syntax into .NET syntax; then .NET's parser catches the remaining errors (unbalanced parentheses,
/// bad ranges, ...), whose position is mapped back to the original pattern.
/// </summary>
public static class Re2Syntax
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // Building a regex (above all a non-backtracking one) costs far more than matching; large meshes repeat
    // the same patterns across services, so each distinct pattern is checked once per process.
    // The cache is bounded; its size is counted here because ConcurrentDictionary.Count takes every lock.
    private const int CacheLimit = 100_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Re2SyntaxError?> Checked = new(StringComparer.Ordinal);
    private static int _cached;

    /// <summary>The first problem of the pattern, or null when it is valid RE2.</summary>
    public static Re2SyntaxError? Check(string pattern)
    {
        if (Checked.TryGetValue(pattern, out var known))
        {
            return known;
        }

        var result = CheckUncached(pattern);
        if (Volatile.Read(ref _cached) < CacheLimit && Checked.TryAdd(pattern, result))
        {
            Interlocked.Increment(ref _cached);
        }

        return result;
    }

    private static Re2SyntaxError? CheckUncached(string pattern)
    {
        var translation = Re2Translator.Translate(pattern);
        if (translation.Error is not null)
        {
            return translation.Error;
        }

        try
        {
            Compile(translation.Pattern);
            return null;
        }
        catch (RegexParseException ex)
        {
            var column = translation.OriginalColumn(ex.Offset - 1);
            return new Re2SyntaxError(Describe(ex.Error), column);
        }
        catch (ArgumentException ex)
        {
            return new Re2SyntaxError(ex.Message, 1);
        }
    }

    /// <summary>
    /// .NET's parser, through the default engine: every engine parses alike, and building the backtracking interpreter
    /// costs microseconds where a non-backtracking automaton cost milliseconds per pattern (the constructs the
    /// non-backtracking engine alone refuses are ones RE2 accepts, so it never decided anything here).
    /// </summary>
    private static void Compile(string pattern) => _ = new Regex(pattern, RegexOptions.CultureInvariant, Timeout);

    /// <summary>"UnterminatedBracket" becomes "unterminated bracket".</summary>
    private static string Describe(RegexParseError error)
    {
        var name = error.ToString();
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
