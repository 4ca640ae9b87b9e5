using AerakiGitOps.Compiler.Rendering.Filters.Protocols;

namespace AerakiGitOps.Compiler.Tests.Rendering.Protocols;

/// <summary>Istio's value syntax (exact, x* prefix, *x suffix, * presence) as Dubbo RBAC string matchers.</summary>
public sealed class RbacValueMatcherTests
{
    [Theory]
    [InlineData("sayHello", "", "exact", "sayHello")]
    [InlineData("get*", "", "prefix", "get")]
    [InlineData("*Admin", "", "suffix", "Admin")]
    [InlineData("*", "", "regex", ".+")]
    [InlineData("*", "spiffe://", "regex", ".+")]
    [InlineData("cluster.local/ns/a/sa/b", "spiffe://", "exact", "spiffe://cluster.local/ns/a/sa/b")]
    [InlineData("cluster.local/ns/a/*", "spiffe://", "prefix", "spiffe://cluster.local/ns/a/")]
    [InlineData("*/sa/b.c", "spiffe://", "regex", @"spiffe://.*/sa/b\.c")]
    public void A_value_becomes_the_matcher_Istio_would_build(string value, string prefix, string kind, string expected)
    {
        var matcher = RbacValueMatcher.For(value, prefix);
        Assert.Equal((kind, expected), (matcher.Kind, matcher.Value));
    }

    [Fact]
    public void A_namespace_matches_the_ns_segment_of_the_spiffe_id_with_star_as_any_text()
    {
        Assert.Equal(".*/ns/team-.*/.*", RbacValueMatcher.Namespace("team-*").Value);
        Assert.Equal(".*/ns/dubbo/.*", RbacValueMatcher.Namespace("dubbo").Value);
    }

    [Fact]
    public void QuoteMeta_escapes_every_RE2_metacharacter()
        => Assert.Equal(@"a\.b\*c\(d\)\[e\]\{f\}\|g\^h\$i\+j\?k\\l", RbacValueMatcher.QuoteMeta(@"a.b*c(d)[e]{f}|g^h$i+j?k\l"));
}
