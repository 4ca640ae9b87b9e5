using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Tests.Schema;

/// <summary>Schema errors carry a stable id and point at the offending value, not at the document start.</summary>
public sealed class SchemaRejectionTests
{
    private const string MetaRouterHeader = """
        apiVersion: metaprotocol.aeraki.io/v1alpha1
        kind: MetaRouter
        metadata:
          name: test
          namespace: meta
        spec:

        """;

    [Fact]
    public void An_unknown_field_inside_a_MetaRouter_route_is_reported_at_its_key()
    {
        var diagnostics = SchemaTestSupport.Validate(MetaRouterHeader + """
              hosts:
                - thrift-sample-server.meta.svc.cluster.local
              routes:
                - name: v1
                  timeout: 5s
                  route:
                    - destination:
                        host: thrift-sample-server.meta.svc.cluster.local
            """);

        AssertSingle(diagnostics, "AGO2002", 11, 7);
        Assert.Contains("spec.routes[0].timeout", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_gets_a_suggestion()
    {
        var diagnostics = SchemaTestSupport.Validate(MetaRouterHeader + """
              hosts:
                - thrift-sample-server.meta.svc.cluster.local
              routes:
                - name: v1
                  route:
                    - destinaton:
                        host: thrift-sample-server.meta.svc.cluster.local
            """);

        Assert.Equal(["AGO2002@12,11", "AGO2003@12,11"], diagnostics.Select(Where));
        Assert.Contains("did you mean 'destination'?", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weight_of_150_is_reported_at_the_weight_with_the_allowed_range()
    {
        var diagnostics = SchemaTestSupport.Validate(MetaRouterHeader + """
              hosts:
                - thrift-sample-server.meta.svc.cluster.local
              routes:
                - name: split
                  route:
                    - destination:
                        host: thrift-sample-server.meta.svc.cluster.local
                      weight: 150
            """);

        AssertSingle(diagnostics, "AGO2004", 14, 19);
        Assert.Equal("field 'spec.routes[0].route[0].weight' must be an integer from 0 to 100, got 150", diagnostics[0].Message);
    }

    [Fact]
    public void A_quoted_port_number_is_a_string_and_is_reported_as_the_wrong_type()
    {
        var diagnostics = SchemaTestSupport.Validate(MetaRouterHeader + """
              hosts:
                - thrift-sample-server.meta.svc.cluster.local
              routes:
                - route:
                    - destination:
                        host: thrift-sample-server.meta.svc.cluster.local
                        port:
                          number: "9090"
            """);

        AssertSingle(diagnostics, "AGO2001", 14, 23);
        Assert.Contains("remove the quotes", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_Service_port_is_reported_as_the_wrong_type()
    {
        var diagnostics = SchemaTestSupport.Validate("""
            apiVersion: v1
            kind: Service
            metadata:
              name: demo
            spec:
              ports:
                - name: tcp-metaprotocol-dubbo
                  port: "20880"
            """);

        AssertSingle(diagnostics, "AGO2001", 8, 13);
    }

    [Fact]
    public void A_MetaRouter_without_hosts_is_reported_at_its_spec_mapping()
    {
        var diagnostics = SchemaTestSupport.Validate(MetaRouterHeader + """
              routes:
                - route:
                    - destination:
                        host: thrift-sample-server.meta.svc.cluster.local
            """);

        AssertSingle(diagnostics, "AGO2003", 7, 3);
        Assert.Contains("'hosts'", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exportTo_written_as_a_string_is_reported_as_the_wrong_type_at_the_value()
    {
        var diagnostics = SchemaTestSupport.Validate(MetaRouterHeader + """
              hosts:
                - thrift-sample-server.meta.svc.cluster.local
              exportTo: "."
              routes:
                - route:
                    - destination:
                        host: thrift-sample-server.meta.svc.cluster.local
            """);

        AssertSingle(diagnostics, "AGO2001", 9, 13);
        Assert.Contains("must be a list", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribute_match_with_both_exact_and_prefix_is_reported_as_conflicting()
    {
        var diagnostics = SchemaTestSupport.Validate(MetaRouterHeader + """
              hosts:
                - thrift-sample-server.meta.svc.cluster.local
              routes:
                - match:
                    attributes:
                      method:
                        exact: sayHello
                        prefix: say
                  route:
                    - destination:
                        host: thrift-sample-server.meta.svc.cluster.local
            """);

        AssertSingle(diagnostics, "AGO2006", 13, 13);
        Assert.Contains("'exact' and 'prefix'", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fill_interval_that_is_not_a_duration_is_reported_at_the_value()
    {
        var diagnostics = SchemaTestSupport.Validate(MetaRouterHeader + """
              hosts:
                - thrift-sample-server.meta.svc.cluster.local
              localRateLimit:
                tokenBucket:
                  fillInterval: 60
                  maxTokens: 10
                  tokensPerFill: 10
                conditions:
                  - tokenBucket:
                      fillInterval: 1 minute
                      maxTokens: 1
                      tokensPerFill: 1
            """);

        Assert.Equal(["AGO2001@11,21", "AGO2004@16,25"], diagnostics.Select(Where));
    }

    [Fact]
    public void Several_errors_in_one_document_are_all_reported()
    {
        var diagnostics = SchemaTestSupport.Validate(MetaRouterHeader + """
              hosts: []
              routes:
                - route:
                    - destination:
                        subset: v1
                      weight: -1
            """);

        Assert.Equal(["AGO2004@7,10", "AGO2003@11,13", "AGO2004@12,19"], diagnostics.Select(Where));
    }

    [Fact]
    public void A_label_value_YAML_reads_as_a_number_must_be_quoted()
    {
        var diagnostics = SchemaTestSupport.Validate("""
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: ApplicationProtocol
            metadata:
              name: brpc
              labels:
                version: 1.0
            spec:
              protocol: brpc
              codec: aeraki.meta_protocol.codec.brpc
            """);

        AssertSingle(diagnostics, "AGO2001", 6, 14);
        Assert.Contains("quote it", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_route_test_expectation_without_any_alternative_is_reported_at_the_expect_mapping()
    {
        var diagnostics = SchemaTestSupport.Validate("""
            apiVersion: aeraki-gitops.io/v1alpha1
            kind: RouteTest
            metadata:
              name: t
            spec:
              tests:
                - name: first
                  request:
                    host: a.b.svc.cluster.local
                  expect:
                    clusterName: x
                - name: second
                  request:
                    host: a.b.svc.cluster.local
                  expect:
                    cluster: x
                    noRoute: true
            """);

        Assert.Equal(["AGO2002@11,9", "AGO2003@11,9", "AGO2006@16,9"], diagnostics.Select(Where));
    }

    [Fact]
    public void An_unknown_top_level_field_is_reported_at_its_key()
    {
        var diagnostics = SchemaTestSupport.Validate("""
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata:
              name: demo
            spec:
              host: demo.default.svc.cluster.local
            specs: {}
            """);

        AssertSingle(diagnostics, "AGO2002", 7, 1);
    }

    [Fact]
    public void A_field_left_empty_counts_as_absent_as_for_the_API_server()
    {
        var diagnostics = SchemaTestSupport.Validate(MetaRouterHeader + """
              hosts:
                - thrift-sample-server.meta.svc.cluster.local
              exportTo:
              localRateLimit:
                tokenBucket:
                  fillInterval: 1s
                  tokensPerFill:
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Aliases_are_checked_at_every_use()
    {
        var diagnostics = SchemaTestSupport.Validate(MetaRouterHeader + """
              hosts:
                - thrift-sample-server.meta.svc.cluster.local
              routes:
                - route:
                    - &bad
                      destination:
                        host: thrift-sample-server.meta.svc.cluster.local
                      weight: 101
                - route:
                    - *bad
            """);

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("AGO2004@14,19", Where(d)));
        Assert.Equal(2, diagnostics.Select(d => d.Message).Distinct().Count());
    }

    private static void AssertSingle(IReadOnlyList<Diagnostic> diagnostics, string id, int line, int column)
    {
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal($"{id}@{line},{column}", Where(diagnostic));
        Assert.Equal("policy.yaml", diagnostic.Location.File);
    }

    private static string Where(Diagnostic diagnostic) => $"{diagnostic.Id}@{diagnostic.Location.Line},{diagnostic.Location.Column}";
}
