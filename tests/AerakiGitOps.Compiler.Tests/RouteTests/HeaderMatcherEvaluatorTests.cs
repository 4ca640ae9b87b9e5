using AerakiGitOps.Compiler.RouteTests;
using Envoy.Config.Route.V3;
using Envoy.Type.Matcher.V3;

namespace AerakiGitOps.Compiler.Tests.RouteTests;

public sealed class HeaderMatcherEvaluatorTests
{
    public static TheoryData<string, string, string?, bool> Cases => new()
    {
        { "exact", "sayHello", "sayHello", true },
        { "exact", "sayHello", "sayHelloAgain", false },
        { "exact", string.Empty, "anything", true },
        { "prefix", "get", "getUser", true },
        { "prefix", "get", "forget", false },
        { "suffix", "User", "getUser", true },
        { "suffix", "User", "getUsers", false },
        { "regex", "batch[A-Z][a-zA-Z]*", "batchImport", true },
        { "regex", "batch[A-Z][a-zA-Z]*", "batchImport2", false },
        { "regex", "batch", "mybatch", false },
        { "regex", "a|b", "ab", false },
        { "regex", "a|b", "b", true },
        { "regex", "say.*", "say\n", false },
        { "regex", "\\pL+", "Hello", true },
        { "present", string.Empty, "x", true },
        { "exact", "sayHello", null, false },
        { "present", string.Empty, null, false },
        { "regex", ".*", null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_matcher_compares_the_attribute_as_the_proxy_does(string kind, string value, string? attribute, bool matches)
    {
        var attributes = attribute is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["method"] = attribute };

        Assert.Equal(matches, HeaderMatcherEvaluator.Matches(Matcher(kind, value, invert: false), attributes));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invert_match_turns_every_outcome_around_including_an_absent_attribute(string kind, string value, string? attribute, bool matches)
    {
        var attributes = attribute is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["method"] = attribute };

        Assert.Equal(!matches, HeaderMatcherEvaluator.Matches(Matcher(kind, value, invert: true), attributes));
    }

    private static HeaderMatcher Matcher(string kind, string value, bool invert)
    {
        var matcher = new HeaderMatcher { Name = "method", InvertMatch = invert };
        switch (kind)
        {
            case "exact":
                matcher.ExactMatch = value;
                break;
            case "prefix":
                matcher.PrefixMatch = value;
                break;
            case "suffix":
                matcher.SuffixMatch = value;
                break;
            case "regex":
                matcher.SafeRegexMatch = new RegexMatcher { GoogleRe2 = new RegexMatcher.Types.GoogleRE2(), Regex = value };
                break;
            default:
                matcher.PresentMatch = true;
                break;
        }

        return matcher;
    }
}
