namespace AerakiGitOps.Compiler.Tests.Validation;

/// <summary>
/// Checks Aeraki never makes: references between objects, duplicates and service warnings. Each row is
/// whole documents (followed by the fixture services) and the diagnostics they must give, as "id line:column".
/// </summary>
public sealed class CrossReferenceRuleTests
{
    public static TheoryData<string, string, string[]> Cases { get; } = new()
    {
        {
            "a MetaRouter host written as a short name matches no service, and a gateway in the wrong namespace does not exist",
            """
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata:
              name: thrift-route
              namespace: meta-thrift
            spec:
              hosts:
                - thrift-sample-server
              gateways:
                - meta-gateway
                - istio-system/meta-gateway
              routes:
                - route:
                    - destination:
                        host: thrift-sample-server.meta-thrift.svc.cluster.local
            """,
            ["AGO3040 8:7", "AGO3050 10:7"]
        },
        {
            "a MetaRouter for a service without a MetaProtocol port has no effect",
            """
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata:
              name: native-dubbo
              namespace: meta-dubbo
            spec:
              hosts: [native.dubbo.svc.cluster.local]
              addresses: [10.0.0.9]
              ports:
                - {number: 20880, name: tcp-dubbo, protocol: TCP}
              resolution: STATIC
              workloadSelector: {labels: {app: native}}
            ---
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata: {name: native, namespace: meta-dubbo}
            spec:
              hosts: [native.dubbo.svc.cluster.local]
              routes:
                - route:
                    - destination: {host: native.dubbo.svc.cluster.local}
            """,
            ["AGO3041 18:11", "AGO3500 7:11"]
        },
        {
            "destinations and mirrors must name known services, defined subsets and existing ports",
            """
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata:
              name: refs
              namespace: meta-dubbo
            spec:
              hosts: [org.apache.dubbo.samples.basic.api.demoservice]
              routes:
                - match: {attributes: {method: {exact: a}}}
                  route:
                    - destination:
                        host: unknown.example.com
                      weight: 50
                    - destination:
                        host: org.apache.dubbo.samples.basic.api.demoservice
                        subset: v3
                        port: {number: 20881}
                      weight: 50
                  mirror:
                    host: thrift-sample-server.meta-thrift.svc.cluster.local
                    subset: canary
                - route:
                    - destination: {host: thrift-sample-server}
                  mirror: {host: mirror.example.com}
            """,
            ["AGO3042 12:19", "AGO3043 16:21", "AGO3044 17:28", "AGO3043 21:17", "AGO3042 23:31", "AGO3042 24:22"]
        },
        {
            "MetaProtocol ports need an application protocol with a codec, and a workload selector for the inbound filter",
            """
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata:
              name: brpc
              namespace: meta-brpc
            spec:
              hosts: [brpc.meta-brpc.svc.cluster.local]
              ports:
                - number: 8000
                  name: tcp-metaprotocol-brpc
                  protocol: TCP
                - number: 8001
                  name: tcp-metaprotocol
                  protocol: TCP
              resolution: STATIC
            """,
            ["AGO3045 9:7", "AGO3046 12:7", "AGO3052 7:11"]
        },
        {
            "two MetaRouters for one host, two objects with one name, and a subset name that is not a DNS label",
            """
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata:
              name: first
              namespace: meta-dubbo
            spec:
              hosts: [org.apache.dubbo.samples.basic.api.demoservice]
              localRateLimit: {tokenBucket: {fillInterval: 1s, tokensPerFill: 10, maxTokens: 10}}
            ---
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata:
              name: second
              namespace: meta-dubbo
            spec:
              hosts: [org.apache.dubbo.samples.basic.api.demoservice]
              localRateLimit: {tokenBucket: {fillInterval: 1s, tokensPerFill: 10, maxTokens: 10}}
            ---
            apiVersion: networking.istio.io/v1beta1
            kind: DestinationRule
            metadata: {name: dup, namespace: meta-dubbo}
            spec:
              host: thrift-sample-server.meta-thrift.svc.cluster.local
              subsets:
                - name: V3
            ---
            apiVersion: networking.istio.io/v1beta1
            kind: DestinationRule
            metadata: {name: dup, namespace: meta-dubbo}
            spec:
              host: thrift-sample-server.meta-thrift.svc.cluster.local
            """,
            ["AGO3047 16:11", "AGO3051 25:13", "AGO3048 29:18"]
        },
        {
            "two services for one host, a Service without a known ClusterIP and a headless Service with managed ports",
            """
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata: {name: first, namespace: apps}
            spec:
              hosts: [dup.apps.svc.cluster.local]
              ports: [{number: 9090, name: tcp-thrift, protocol: TCP}]
              resolution: STATIC
            ---
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata: {name: second, namespace: apps}
            spec:
              hosts: [dup.apps.svc.cluster.local]
              ports: [{number: 9090, name: tcp-thrift, protocol: TCP}]
              resolution: STATIC
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: no-ip
              namespace: apps
            spec:
              selector: {app: no-ip}
              ports:
                - {name: tcp-metaprotocol-dubbo, port: 20880}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: headless
              namespace: apps
            spec:
              clusterIP: None
              selector: {app: headless}
              ports:
                - {name: tcp-dubbo, port: 20880}
                - {name: http, port: 80}
            """,
            ["AGO3049 13:11", "AGO3053 20:9", "AGO3054 30:9", "AGO3508 13:11", "AGO3508 5:11"]
        },
        {
            "addresses: IPv4, IPv6 and CIDR blocks pass (a CIDR block gets no outbound filter: a warning); a path, a shortened IPv4, an IPv6 zone and a CIDR on a Service do not",
            """
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata: {name: ok, namespace: apps}
            spec:
              hosts: [ok.apps.svc.cluster.local]
              addresses: [10.0.0.1, "2001:db8::1", 10.1.0.0/16, "2001:db8::/32"]
              ports: [{number: 9090, name: tcp-thrift, protocol: TCP}]
              resolution: STATIC
              workloadSelector: {labels: {app: ok}}
            ---
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata: {name: bad, namespace: apps}
            spec:
              hosts: [bad.apps.svc.cluster.local]
              addresses: [../../escape, "10.1", "fe80::1%eth0", 10.0.0.0/33]
              ports: [{number: 9090, name: tcp-thrift, protocol: TCP}]
              resolution: STATIC
              workloadSelector: {labels: {app: bad}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: svc, namespace: apps}
            spec:
              clusterIP: 10.96.0.0/12
              selector: {app: svc}
              ports:
                - {name: tcp-thrift, port: 9090}
            ---
            apiVersion: aeraki-gitops.io/v1alpha1
            kind: AddressLock
            hosts:
            - host: locked.apps.svc.cluster.local
              addresses: [not-an-ip]
            """,
            ["AGO3055 16:15", "AGO3055 16:29", "AGO3055 16:37", "AGO3055 16:53", "AGO3055 25:14", "AGO3055 33:3", "AGO3057 6:40", "AGO3057 6:53"]
        },
        {
            "a service with a managed port needs a fully qualified host; one with only HTTP ports does not",
            """
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata: {name: wildcard, namespace: apps}
            spec:
              hosts: ["*.example.com"]
              ports: [{number: 9090, name: tcp-thrift, protocol: TCP}]
              resolution: NONE
              workloadSelector: {labels: {app: w}}
            ---
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata: {name: web, namespace: apps}
            spec:
              hosts: ["*.web.example.com"]
              ports: [{number: 80, name: http, protocol: HTTP}]
              resolution: NONE
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: Upper, namespace: apps}
            spec:
              clusterIP: 10.96.0.10
              selector: {app: upper}
              ports:
                - {name: tcp-thrift, port: 9090}
            """,
            ["AGO3056 5:11", "AGO3056 20:18"]
        },
        {
            "a service outside the mesh has no inbound side: no warning for its missing workload selector",
            """
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata: {name: external, namespace: apps}
            spec:
              hosts: [db.example.com]
              location: MESH_EXTERNAL
              ports:
                - {number: 9090, name: tcp-metaprotocol-thrift, protocol: TCP}
                - {number: 20880, name: tcp-dubbo, protocol: TCP}
              resolution: DNS
            ---
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata: {name: internal, namespace: apps}
            spec:
              hosts: [db.apps.svc.cluster.local]
              location: MESH_INTERNAL
              ports:
                - {number: 9090, name: tcp-metaprotocol-thrift, protocol: TCP}
              resolution: DNS
            """,
            ["AGO3052 16:11", "AGO3500 5:11"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DocumentsGiveExactlyTheExpectedDiagnostics(string because, string yaml, string[] expected)
    {
        Assert.NotEmpty(because);
        PolicyHarness.AssertDiagnostics(yaml + "\n" + Fixtures.Services, expected);
    }
}
