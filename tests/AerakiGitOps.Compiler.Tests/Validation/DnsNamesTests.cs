using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Tests.Validation;

public sealed class DnsNamesTests
{
    [Theory]
    [InlineData("demo.meta-dubbo.svc.cluster.local")]
    [InlineData("demo.meta-dubbo.svc.cluster.local.")]
    [InlineData("a")]
    [InlineData("a1-b2.c3")]
    public void Valid_fully_qualified_names_have_no_problem(string name) => Assert.Null(DnsNames.FqdnProblem(name));

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("demo.123", "the top-level domain '123' is all-numeric")]
    [InlineData("demo.-7", "the top-level domain '-7' is all-numeric")]
    [InlineData("Demo_Service.meta", "the label 'Demo_Service' is not a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)")]
    [InlineData("a..b", "the label '' is not a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)")]
    [InlineData(".", "the label '' is not a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)")]
    [InlineData("a.b..", "the label '' is not a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)")]
    [InlineData("a.-b.c", "the label '-b' is not a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)")]
    [InlineData("*.example.com", "the label '*' is not a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)")]
    public void Each_problem_names_the_offending_part(string name, string problem) => Assert.Equal(problem, DnsNames.FqdnProblem(name));

    [Fact]
    public void Names_longer_than_255_characters_and_labels_longer_than_63_are_rejected()
    {
        Assert.Equal("longer than 255 characters", DnsNames.FqdnProblem(string.Join('.', Enumerable.Repeat(new string('a', 63), 5))));
        var longLabel = new string('b', 64);
        Assert.Equal($"the label '{longLabel}' is not a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)", DnsNames.FqdnProblem($"a.{longLabel}.c"));
        Assert.Null(DnsNames.FqdnProblem($"a.{new string('b', 63)}.c"));
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("aeraki-outbound-h.apps.svc.cluster.local-10.0.0.1-20880", true)]
    [InlineData("aeraki-outbound-h-2001-db8--1-20880", true)]
    [InlineData("", false)]
    [InlineData("A", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a..b", false)]
    [InlineData("a.-b", false)]
    [InlineData("a.b.", false)]
    [InlineData("a/b", false)]
    [InlineData("..", false)]
    [InlineData("a:b", false)]
    [InlineData("a_b", false)]
    public void Kubernetes_object_names_are_dns_subdomains(string name, bool valid) => Assert.Equal(valid, DnsNames.IsDns1123Subdomain(name));

    [Fact]
    public void An_object_name_is_at_most_253_characters()
    {
        Assert.True(DnsNames.IsDns1123Subdomain(new string('a', 63) + "." + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 61)));
        Assert.False(DnsNames.IsDns1123Subdomain(new string('a', 63) + "." + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 62)));
    }
}
