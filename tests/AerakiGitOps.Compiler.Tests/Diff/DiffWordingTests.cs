using AerakiGitOps.Compiler.Diff;

namespace AerakiGitOps.Compiler.Tests.Diff;

public sealed class DiffWordingTests
{
    [Theory]
    [InlineData("outbound|20880|v2|org.apache.dubbo.samples.basic.api.demoservice", "v2 of demoservice")]
    [InlineData("outbound|9090||thrift-sample-server.meta-thrift.svc.cluster.local", "thrift-sample-server")]
    [InlineData("outbound|9090|v1|reviews.example.com", "v1 of reviews")]
    [InlineData("outbound|9090|v1|com.example.orders", "v1 of orders")]
    [InlineData("inbound|9090||", "inbound|9090||")]
    public void Clusters_are_described_by_subset_and_short_host(string cluster, string description)
        => Assert.Equal(description, ClusterDescriptions.Describe(cluster));

    [Fact]
    public void A_route_without_matchers_applies_to_all_requests()
        => Assert.Equal("all requests", MatchPhrases.Condition([]));

    [Fact]
    public void Several_matchers_are_joined_with_and()
        => Assert.Equal(
            "interface Demo, method starting with get and tenant set",
            MatchPhrases.Condition([new("interface", "exact", "Demo", false), new("method", "prefix", "get", false), new("tenant", "present", string.Empty, false)]));

    [Theory]
    [InlineData("exact", true, "method other than x")]
    [InlineData("suffix", false, "method ending with x")]
    [InlineData("regex", true, "method not matching x")]
    [InlineData("present", true, "method unset")]
    public void Each_matcher_kind_has_its_own_phrase(string kind, bool invert, string phrase)
        => Assert.Equal(phrase, MatchPhrases.Phrase(new MatcherSummary("method", kind, "x", invert)));

    [Fact]
    public void Percentages_print_without_trailing_zeros()
        => Assert.Equal(["12.5%", "50%", "33.33%"], new[] { 12.5, 50.0, 100 / 3.0 }.Select(TrafficShift.Percent));
}
