using Envoy.Config.Route.V3;

namespace AerakiGitOps.Compiler.RouteTests;

/// <summary>
/// One Envoy HeaderMatcher against the request attributes, with the MetaProtocol proxy's semantics: exact,
/// prefix, suffix, RE2 regex (full match) and presence, then invert_match. An absent attribute fails every
/// matcher unless it is inverted.
/// </summary>
public static class HeaderMatcherEvaluator
{
    public static bool Matches(HeaderMatcher matcher, IReadOnlyDictionary<string, string> attributes)
    {
        if (!attributes.TryGetValue(matcher.Name, out var value))
        {
            return matcher.InvertMatch;
        }

        return MatchesValue(matcher, value) != matcher.InvertMatch;
    }

    private static bool MatchesValue(HeaderMatcher matcher, string value) => matcher.HeaderMatchSpecifierCase switch
    {
        // Envoy's legacy header matcher treats an empty exact value as "present"; Aeraki passes exact "" through.
        HeaderMatcher.HeaderMatchSpecifierOneofCase.ExactMatch => matcher.ExactMatch.Length == 0 || value == matcher.ExactMatch,
        HeaderMatcher.HeaderMatchSpecifierOneofCase.PrefixMatch => value.StartsWith(matcher.PrefixMatch, StringComparison.Ordinal),
        HeaderMatcher.HeaderMatchSpecifierOneofCase.SuffixMatch => value.EndsWith(matcher.SuffixMatch, StringComparison.Ordinal),
        HeaderMatcher.HeaderMatchSpecifierOneofCase.SafeRegexMatch => Re2Matcher.FullMatch(matcher.SafeRegexMatch.Regex, value),
        HeaderMatcher.HeaderMatchSpecifierOneofCase.PresentMatch => matcher.PresentMatch,

        // No specifier: Envoy treats the matcher as a presence check.
        HeaderMatcher.HeaderMatchSpecifierOneofCase.None => true,

        // The compiler never emits string_match; a matcher we cannot evaluate must not pretend to match.
        _ => false,
    };
}
