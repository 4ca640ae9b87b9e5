namespace AerakiGitOps.Compiler.Tests.Validation;

/// <summary>
/// Valid policies, mostly from Aeraki's demos, that must give no diagnostic at all: the rows that catch
/// false positives.
/// </summary>
public sealed class CleanPolicyTests
{
    public static TheoryData<string, string> Cases { get; } = new()
    {
        {
            "the fixture services alone",
            string.Empty
        },
        {
            "a traffic split between two subsets (Aeraki's metaprotocol-dubbo demo)",
            """
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata:
              name: test-metaprotocol-route
              namespace: meta-dubbo
            spec:
              hosts:
                - org.apache.dubbo.samples.basic.api.demoservice
              exportTo: [".", "istio-system"]
              routes:
                - name: traffic-split
                  match:
                    attributes:
                      interface:
                        exact: org.apache.dubbo.samples.basic.api.DemoService
                      method:
                        exact: sayHello
                  route:
                    - destination:
                        host: org.apache.dubbo.samples.basic.api.demoservice
                        subset: v1
                      weight: 20
                    - destination:
                        host: org.apache.dubbo.samples.basic.api.demoservice
                        subset: v2
                      weight: 80
                - name: default
                  route:
                    - destination:
                        host: org.apache.dubbo.samples.basic.api.demoservice
                        subset: v1
            """
        },
        {
            "traffic mirroring with a percentage and header mutations",
            """
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata: {name: mirror, namespace: meta-dubbo}
            spec:
              hosts: [org.apache.dubbo.samples.basic.api.demoservice]
              routes:
                - name: mirror
                  match:
                    attributes:
                      method: {prefix: say}
                      interface:
                  route:
                    - destination: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v1, port: {number: 20880}}
                  mirror: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v2}
                  mirrorPercentage: {value: 50.5}
                  requestMutation:
                    - {key: foo, value: bar}
                  responseMutation:
                    - {key: foo1, value: bar1}
                - name: mirror-everything
                  match: {attributes: {method: {exact: hello}}}
                  route:
                    - destination: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v1}
                  mirror: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v2}
            """
        },
        {
            "local rate limits with a default bucket and conditions (Aeraki's rate limit demo)",
            """
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata: {name: local-ratelimit, namespace: meta-dubbo}
            spec:
              hosts: [org.apache.dubbo.samples.basic.api.demoservice]
              localRateLimit:
                tokenBucket:
                  fillInterval: 60s
                  maxTokens: 10
                  tokensPerFill: 10
                conditions:
                  - match: {attributes: {method: {exact: sayHello}}}
                    tokenBucket: {fillInterval: 1m30s, maxTokens: 2, tokensPerFill: 2}
                  - match: {attributes: {method: {exact: sayBye}}}
                    tokenBucket: {fillInterval: 0.100s, maxTokens: 1, tokensPerFill: 1}
            """
        },
        {
            "a global rate limit (Aeraki's rate limit demo)",
            """
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata: {name: global-ratelimit, namespace: meta-dubbo}
            spec:
              hosts: [org.apache.dubbo.samples.basic.api.demoservice]
              globalRateLimit:
                match: {attributes: {method: {exact: sayHello}}}
                domain: production
                rateLimitService: outbound|8081||rate-limit-server.meta-dubbo.svc.cluster.local
                requestTimeout: 100ms
                denyOnFail: true
                descriptors:
                  - property: method
                    descriptorKey: method
            """
        },
        {
            "consistent hash on a Kubernetes Service, RE2 regexes, presence matches and a gateway",
            """
            apiVersion: networking.istio.io/v1beta1
            kind: DestinationRule
            metadata: {name: thrift-hash, namespace: meta-thrift}
            spec:
              host: thrift-sample-server
              trafficPolicy:
                loadBalancer:
                  consistentHash: {httpHeaderName: userId}
              subsets:
                - name: canary-1
                  labels: {version: canary}
                  trafficPolicy:
                    loadBalancer:
                      consistentHash: {httpHeaderName: sessionId}
            ---
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata: {name: thrift, namespace: meta-thrift}
            spec:
              hosts: [thrift-sample-server.meta-thrift.svc.cluster.local]
              gateways: [istio-system/meta-gateway]
              routes:
                - match:
                    attributes:
                      method: {regex: "^say(Hello|Bye)$"}
                      user: {regex: "(?P<id>[[:digit:]]+)-\\pL{2,3}"}
                  route:
                    - destination: {host: thrift-sample-server.meta-thrift.svc.cluster.local, subset: canary-1}
                - match:
                    attributes:
                      method: {regex: "*"}
                      zone: {regex: "(?i)eu-[a-z]+\\d*\\z"}
                  route:
                    - destination: {host: thrift-sample-server.meta-thrift.svc.cluster.local, port: {number: 9090}}
                - route:
                    - destination: {host: thrift-sample-server.meta-thrift.svc.cluster.local}
            """
        },
        {
            "a custom protocol with its ApplicationProtocol, a locked address and a headless Service without managed ports",
            """
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: ApplicationProtocol
            metadata: {name: brpc}
            spec: {protocol: brpc, codec: aeraki.meta_protocol.codec.brpc}
            ---
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata: {name: brpc, namespace: meta-brpc}
            spec:
              hosts: [brpc.meta-brpc.svc.cluster.local]
              ports: [{number: 8000, name: tcp-metaprotocol-brpc-echo, protocol: TCP}]
              resolution: STATIC
              workloadSelector: {labels: {app: brpc-server}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: trpc, namespace: meta-trpc}
            spec:
              selector: {app: trpc}
              ports: [{name: tcp-metaprotocol-dubbo, port: 20880}]
            ---
            apiVersion: aeraki-gitops.io/v1alpha1
            kind: AddressLock
            hosts:
              - host: trpc.meta-trpc.svc.cluster.local
                addresses: [10.96.0.30]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: apps}
            spec:
              clusterIP: None
              selector: {app: web}
              ports: [{name: http, port: 80}]
            """
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidPolicyGivesNoDiagnostics(string because, string yaml)
    {
        Assert.NotEmpty(because);
        PolicyHarness.AssertDiagnostics(yaml + "\n" + Fixtures.Services, []);
    }
}
