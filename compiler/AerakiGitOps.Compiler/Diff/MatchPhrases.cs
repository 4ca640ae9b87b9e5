namespace AerakiGitOps.Compiler.Diff;

/// <summary>Says which requests a route takes, in words: "method sayHello", "method starting with get and tenant set".</summary>
public static class MatchPhrases
{
    public static string Condition(IReadOnlyList<MatcherSummary> matchers)
    {
        if (matchers.Count == 0)
        {
            return "all requests";
        }

        var phrases = matchers.Select(Phrase).ToList();
        return phrases.Count == 1 ? phrases[0] : $"{string.Join(", ", phrases.Take(phrases.Count - 1))} and {phrases[^1]}";
    }

    public static string Phrase(MatcherSummary matcher) => (matcher.Kind, matcher.Invert) switch
    {
        ("exact", false) => $"{matcher.Attribute} {matcher.Value}",
        ("exact", true) => $"{matcher.Attribute} other than {matcher.Value}",
        ("prefix", _) => $"{matcher.Attribute} {Not(matcher)}starting with {matcher.Value}",
        ("suffix", _) => $"{matcher.Attribute} {Not(matcher)}ending with {matcher.Value}",
        ("regex", _) => $"{matcher.Attribute} {Not(matcher)}matching {matcher.Value}",
        ("present", false) => $"{matcher.Attribute} set",
        ("present", true) => $"{matcher.Attribute} unset",
        _ => $"{matcher.Attribute} {Not(matcher)}matching {matcher.Value}",
    };

    private static string Not(MatcherSummary matcher) => matcher.Invert ? "not " : string.Empty;
}
