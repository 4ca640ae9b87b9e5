using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.RouteTests;
using AerakiGitOps.Tests.Shared;
using static AerakiGitOps.Compiler.Tests.RouteTests.RouteTestHarness;

namespace AerakiGitOps.Compiler.Tests.RouteTests;

public sealed class RouteTestEvaluatorTests
{
    private const string SplitRequest = """
          - name: split
            request:
              host: org.apache.dubbo.samples.basic.api.demoservice
              port: 20880
              attributes: {interface: Demo, method: sayHello}
            expect:

        """;

    [Fact]
    public void A_request_that_matches_every_attribute_takes_the_split_route()
    {
        var report = Run(SplitRequest + $$"""
                  route: split
                  weightedClusters:
                  - {cluster: "outbound|20880|v2|{{Host}}", weight: 20}
                  - {cluster: "outbound|20880|v1|{{Host}}", weight: 80}
            """);

        Assert.Equal((1, 1, 0), (report.Total, report.Passed, report.Failed));
        Assert.Equal("1 route tests: 1 passed, 0 failed", report.Summary);
    }

    [Fact]
    public void A_wrong_weight_fails_at_the_test_entry_naming_the_route_that_matched()
    {
        var report = Run(SplitRequest + $$"""
                  weightedClusters:
                  - {cluster: "outbound|20880|v1|{{Host}}", weight: 50}
                  - {cluster: "outbound|20880|v2|{{Host}}", weight: 50}
            """);

        var failure = Assert.Single(report.Diagnostics);
        Assert.Equal(("AGO6001", TestFile, 8, 5), (failure.Id, failure.Location.File, failure.Location.Line, failure.Location.Column));
        Assert.Contains($"expected weighted clusters [outbound|20880|v1|{Host} 50, outbound|20880|v2|{Host} 50]", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"route 'split' (#1 of {Host}_20880) sends it to weighted clusters [outbound|20880|v1|{Host} 80, outbound|20880|v2|{Host} 20]", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.Failed);
    }

    [Fact]
    public void Every_attribute_must_match_so_a_missing_one_falls_through_to_the_next_route()
    {
        var evaluation = Evaluate(new Dictionary<string, string> { ["method"] = "sayHello" });

        Assert.False(evaluation.Matched);
        Assert.Equal(-1, evaluation.Index);
    }

    [Fact]
    public void The_first_matching_route_wins()
    {
        var evaluation = Evaluate(new Dictionary<string, string> { ["interface"] = "Demo", ["method"] = "getUser" });

        Assert.Equal(("getters", 1), (evaluation.Route!.Name, evaluation.Index));
    }

    [Fact]
    public void A_request_no_route_matches_passes_a_no_route_expectation_and_fails_a_cluster_expectation()
    {
        var report = Run($$"""
              - name: nothing
                request: {host: {{Host}}, attributes: {method: ping} }
                expect: {noRoute: true}
              - name: something
                request: {host: {{Host}}, attributes: {method: ping} }
                expect: {cluster: "outbound|20880|v1|{{Host}}"}
            """);

        Assert.Equal([true, false], report.Results.Select(r => r.Passed));
        var failure = Assert.Single(report.Diagnostics);
        Assert.Equal(("AGO6001", 11), (failure.Id, failure.Location.Line));
        Assert.Contains($"but no route of {Host}_20880 matches (it has 2 route(s))", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_name_hash_policy_and_mirror_expectations_are_checked_when_given()
    {
        var report = Run($$"""
              - name: extras
                request: {host: {{Host}}, attributes: {method: getUser} }
                expect:
                  cluster: "outbound|20880|v2|{{Host}}"
                  route: split
                  hashPolicy: [user-id]
                  mirror: {cluster: "outbound|20880|v1|{{Host}}"}
            """);

        Assert.Equal(
            [
                "route test 'extras' failed: expected hash policy [user-id], but route 'getters' (#2 of " + Host + "_20880) hashes on [none]",
                "route test 'extras' failed: expected mirror to outbound|20880|v1|" + Host + " at 100%, but route 'getters' (#2 of " + Host + "_20880) mirrors nothing",
                "route test 'extras' failed: expected route 'split', but route 'getters' (#2 of " + Host + "_20880) matched first",
            ],
            report.Diagnostics.Select(d => d.Message).Order(StringComparer.Ordinal));
        Assert.Equal(1, report.Failed);
    }

    [Fact]
    public void A_port_without_a_route_config_names_the_ports_that_exist()
    {
        var failure = Assert.Single(Run($$"""
              - name: wrong port
                request: {host: {{Host}}, port: 20881}
                expect: {noRoute: true}
            """).Diagnostics);

        Assert.Equal(("AGO6002", 8, 5), (failure.Id, failure.Location.Line, failure.Location.Column));
        Assert.Contains($"no route config for {Host}:20881", failure.Message, StringComparison.Ordinal);
        Assert.Contains("port(s) 20880", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_without_a_service_is_a_test_failure_not_a_rendering_warning()
    {
        var result = Compile(Policies, Document("""
              - name: typo
                request: {host: demoservice}
                expect: {noRoute: true}
            """));

        Assert.Empty(result.Diagnostics);
        var failure = Assert.Single(new RouteTestEvaluator(result.Snapshot!).Run(result.Model!.Specs.RouteTests).Diagnostics);
        Assert.Equal((DiagnosticCatalog.RouteTestUnknownHost, Severity.Error), (failure.Descriptor, failure.Severity));
    }

    [Fact]
    public void A_host_with_several_meta_protocol_ports_needs_a_port()
    {
        var twoPorts = Policies.Replace(
            "- {number: 20880, name: tcp-metaprotocol-dubbo, protocol: TCP}",
            "- {number: 20880, name: tcp-metaprotocol-dubbo, protocol: TCP}\n  - {number: 20881, name: tcp-metaprotocol-dubbo-b, protocol: TCP}",
            StringComparison.Ordinal);

        var failure = Assert.Single(Run($$"""
              - name: which port
                request: { host: {{Host}} }
                expect: {noRoute: true}
            """, twoPorts).Diagnostics);

        Assert.Equal("AGO6004", failure.Id);
        Assert.Contains("ports 20880, 20881", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_tests_do_not_change_what_is_rendered()
    {
        var without = Compile(Policies, null);
        var with = Compile(Policies, Document($$"""
              - name: t
                request: { host: {{Host}} }
                expect: {noRoute: true}
            """));

        Assert.Equal(without.Snapshot!.Version, with.Snapshot!.Version);
        Assert.Equal(without.Output!.Files.Keys.Order(StringComparer.Ordinal), with.Output!.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(without.Output.Files, f => Assert.True(f.Value.Span.SequenceEqual(with.Output.Files[f.Key].Span), f.Key));
    }

    [Fact]
    public void The_bundled_route_tests_all_pass_and_the_bundled_policies_render_cleanly()
    {
        var result = new PolicyCompiler(new CompileOptions()).Compile(new DirectoryPolicySource(RepositoryPaths.Policies));
        Assert.Empty(result.Diagnostics);

        var report = new RouteTestEvaluator(result.Snapshot!).Run(result.Model!.Specs.RouteTests);

        Assert.True(report.Failed == 0, string.Join("\n", report.Diagnostics));
        Assert.True(report.Total >= 8, report.Summary);
        Assert.Contains(report.Results, r => r.Name.Contains("sticky", StringComparison.Ordinal));
    }

    private static RouteEvaluation Evaluate(Dictionary<string, string> attributes)
    {
        var result = Compile(Policies, null);
        return RouteTestEvaluator.Evaluate(result.Snapshot!.Routes.Single().RouteConfig, attributes);
    }
}
