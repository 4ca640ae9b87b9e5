namespace AerakiGitOps.Compiler.Tests.Validation;

/// <summary>
/// The MetaRouter checks of Aeraki's webhook, and the unreachable-route analysis that goes beyond it.
/// Each row is a MetaRouter spec (followed by the fixture services) and the diagnostics it must give,
/// as "id line:column" inside the spec snippet.
/// </summary>
public sealed class MetaRouterRuleTests
{
    public static TheoryData<string, string, string[]> Cases { get; } = new()
    {
        {
            "a MetaRouter without hosts is an error at its spec",
            """
            routes:
              - route:
                  - destination:
                      host: org.apache.dubbo.samples.basic.api.demoservice
            """,
            ["AGO3001 1:1"]
        },
        {
            "a MetaRouter with two hosts is an error at the second",
            """
            hosts:
              - org.apache.dubbo.samples.basic.api.demoservice
              - other.example.com
            routes:
              - route:
                  - destination:
                      host: org.apache.dubbo.samples.basic.api.demoservice
            """,
            ["AGO3002 3:5"]
        },
        {
            "a host with upper-case letters and underscores is not an FQDN",
            """
            hosts:
              - Demo_Service.meta-dubbo
            localRateLimit:
              tokenBucket: {fillInterval: 1s, tokensPerFill: 10, maxTokens: 10}
            """,
            ["AGO3003 2:5"]
        },
        {
            "a host with an all-numeric top-level domain is not an FQDN",
            """
            hosts: ["demo.123"]
            localRateLimit:
              tokenBucket: {fillInterval: 1s, tokensPerFill: 10, maxTokens: 10}
            """,
            ["AGO3003 1:9"]
        },
        {
            "an empty host is not an FQDN",
            """
            hosts: [""]
            localRateLimit:
              tokenBucket: {fillInterval: 1s, tokensPerFill: 10, maxTokens: 10}
            """,
            ["AGO3003 1:9"]
        },
        {
            "a wildcard host is not an FQDN",
            """
            hosts: ["*.example.com"]
            localRateLimit:
              tokenBucket: {fillInterval: 1s, tokensPerFill: 10, maxTokens: 10}
            """,
            ["AGO3003 1:9"]
        },
        {
            "a host with a trailing dot is an FQDN but matches no service exactly",
            """
            hosts: ["org.apache.dubbo.samples.basic.api.demoservice."]
            localRateLimit:
              tokenBucket: {fillInterval: 1s, tokensPerFill: 10, maxTokens: 10}
            """,
            ["AGO3040 1:9"]
        },
        {
            "a MetaRouter with neither routes nor rate limits does nothing",
            """
            hosts:
              - org.apache.dubbo.samples.basic.api.demoservice
            """,
            ["AGO3004 1:1"]
        },
        {
            "empty attribute names, empty and invalid regexes, and attributes without a match type",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            routes:
              - match:
                  attributes:
                    "": {exact: sayHello}
                    method: {regex: ""}
                    interface: {regex: "(org.apache"}
                    version: {regex: "(v1)\\1"}
                    zone: {}
                    any: {regex: "*"}
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
            """,
            ["AGO3005 5:9", "AGO3006 6:25", "AGO3007 7:28", "AGO3007 8:26", "AGO3025 9:9"]
        },
        {
            "mutations need a key and a value",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            routes:
              - route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
                requestMutation:
                  - {key: "", value: v1}
                responseMutation:
                  - key: foo
                    value: ""
            """,
            ["AGO3008 6:15", "AGO3009 9:16"]
        },
        {
            "mirrorPercentage needs a mirror and must lie in (0, 100]",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            routes:
              - name: no-mirror
                match: {attributes: {method: {exact: a}}}
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
                mirrorPercentage: {value: 10}
              - name: too-much
                match: {attributes: {method: {exact: b}}}
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
                mirror: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v2}
                mirrorPercentage: {value: 150}
              - name: zero
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
                mirror: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v2}
                mirrorPercentage:
                  value: 0
            """,
            ["AGO3010 7:23", "AGO3011 13:31", "AGO3011 19:14"]
        },
        {
            "destination and mirror hosts, subsets and ports are checked like Aeraki",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            routes:
              - route:
                  - destination:
                      host: Bad_Host
                      subset: V1
                      port: {number: 0}
                mirror:
                  host: org.apache.dubbo.samples.basic.api.demoservice
                  port:
                    number: 70000
            """,
            ["AGO3003 5:17", "AGO3012 6:19", "AGO3013 7:26", "AGO3013 11:17"]
        },
        {
            "a route without destinations and an entry without a destination",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            routes:
              - name: empty
                match: {attributes: {method: {exact: a}}}
                route: []
              - name: weight-only
                route:
                  - weight: 100
            """,
            ["AGO3014 5:12", "AGO3015 8:9"]
        },
        {
            "weights above 100, missing among several destinations, or not adding up to 100",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            routes:
              - name: over
                match: {attributes: {method: {exact: a}}}
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
                    weight: 150
              - name: sum
                match: {attributes: {method: {exact: b}}}
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v1}
                    weight: 20
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v2}
                    weight: 70
              - name: missing
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v1}
                    weight: 100
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v2}
            """,
            ["AGO3016 7:17", "AGO3017 11:7", "AGO3018 19:9"]
        },
        {
            "exportTo duplicates, ~, invalid entries and * mixed with namespaces",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            routes:
              - route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
            exportTo: [".", "meta-dubbo", "~", "Bad_NS", "*", "*"]
            """,
            ["AGO3019 5:17", "AGO3019 5:51", "AGO3020 5:31", "AGO3021 5:36", "AGO3022 5:46"]
        },
        {
            "a route after a no-match route is never used",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            routes:
              - name: catch-all
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
              - name: also-catch-all
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
              - name: specific
                match: {attributes: {method: {exact: sayHello}}}
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
            """,
            ["AGO3023 6:5", "AGO3023 9:5"]
        },
        {
            "a route whose match an earlier route covers is never used",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            routes:
              - match: {attributes: {method: {exact: sayHello}}}
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
              - match: {attributes: {method: {exact: sayHello}}}
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v1}
              - match: {attributes: {interface: {prefix: org.apache}}}
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
              - match: {attributes: {interface: {exact: org.apache.Demo}, method: {exact: sayBye}}}
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
              - match: {attributes: {method: {exact: sayHi}, zone: {}}}
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
              - match: {attributes: {method: {exact: sayHi}}}
                route:
                  - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}
            """,
            ["AGO3024 6:5", "AGO3024 12:5", "AGO3024 18:5", "AGO3025 15:50"]
        },
        {
            "globalRateLimit needs a domain, a service, a timeout and descriptors",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            globalRateLimit:
              domain: ""
              rateLimitService: ""
              match: {attributes: {method: {regex: "a(?=b)"}}}
            """,
            ["AGO3026 3:11", "AGO3027 4:21", "AGO3028 3:3", "AGO3029 3:3", "AGO3007 5:40"]
        },
        {
            "globalRateLimit descriptors need a key and a property, and the timeout must be a duration",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            globalRateLimit:
              domain: production
              rateLimitService: outbound|8081||rate-limit-server.meta-dubbo.svc.cluster.local
              requestTimeout: fast
              descriptors:
                - property: ""
                  descriptorKey: method
                - property: interface
                  descriptorKey: ""
            """,
            ["AGO3032 5:19", "AGO3031 7:17", "AGO3030 10:22"]
        },
        {
            "localRateLimit needs a bucket or conditions",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            localRateLimit: {}
            """,
            ["AGO3033 2:17"]
        },
        {
            "token buckets need fillInterval, tokensPerFill and maxTokens, and conditions need match and tokenBucket",
            """
            hosts: [org.apache.dubbo.samples.basic.api.demoservice]
            localRateLimit:
              tokenBucket:
                maxTokens: 0
              conditions:
                - match: {attributes: {method: {exact: sayHello}}}
                  tokenBucket:
                    fillInterval: 10x
                    tokensPerFill: 0
                    maxTokens: 5
                - tokenBucket: {fillInterval: 0.100s, tokensPerFill: 1, maxTokens: 1}
                - match: {attributes: {method: {exact: sayBye}}}
            """,
            ["AGO3034 4:5", "AGO3035 4:5", "AGO3037 4:16", "AGO3032 8:23", "AGO3036 9:24", "AGO3038 11:7", "AGO3039 12:7"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MetaRouterSpecGivesExactlyTheExpectedDiagnostics(string because, string spec, string[] expected)
    {
        Assert.NotEmpty(because);
        PolicyHarness.AssertDiagnostics(Fixtures.MetaRouter(spec), expected.Select(Fixtures.InFile));
    }
}
