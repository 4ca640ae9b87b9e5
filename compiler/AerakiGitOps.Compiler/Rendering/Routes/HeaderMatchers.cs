using AerakiGitOps.Compiler.Model.Specs;
using Envoy.Config.Route.V3;
using Envoy.Type.Matcher.V3;

namespace AerakiGitOps.Compiler.Rendering.Routes;

/// <summary>
/// MetaRouter attribute matches as Envoy header matchers, sorted by attribute name so the output is
/// deterministic (Aeraki iterates a Go map). Unset matches are skipped, as in Aeraki.
/// </summary>
public static class HeaderMatchers
{
    public static IEnumerable<HeaderMatcher> From(MatchSpec? match)
    {
        if (match is null)
        {
            yield break;
        }

        foreach (var attribute in match.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var matcher = new HeaderMatcher { Name = attribute.Name };
            switch (attribute.Match.Kind)
            {
                case StringMatchKind.Exact:
                    matcher.ExactMatch = attribute.Match.Value;
                    break;
                case StringMatchKind.Prefix:
                    matcher.PrefixMatch = attribute.Match.Value;
                    break;
                case StringMatchKind.Regex:
                    matcher.SafeRegexMatch = new RegexMatcher { GoogleRe2 = new RegexMatcher.Types.GoogleRE2(), Regex = attribute.Match.Value };
                    break;
                case StringMatchKind.Present:
                    matcher.PresentMatch = true;
                    break;
                default:
                    continue;
            }

            yield return matcher;
        }
    }
}
