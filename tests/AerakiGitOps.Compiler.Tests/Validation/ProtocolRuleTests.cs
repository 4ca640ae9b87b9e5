using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Tests.Validation;

/// <summary>
/// The native protocol rules (AGO3500-AGO3599): Dubbo and Thrift routing, Redis references, Secrets and
/// Dubbo authorization. Each row is whole documents and the diagnostics they must give, as "id line:column".
/// </summary>
public sealed class ProtocolRuleTests
{
    private const string DubboService = """
        apiVersion: networking.istio.io/v1beta1
        kind: ServiceEntry
        metadata:
          name: dubbo
          namespace: dubbo
          annotations: {interface: org.example.Hello}
        spec:
          hosts: [hello.dubbo.svc.cluster.local]
          addresses: [10.0.0.1]
          ports:
            - {number: 20880, name: tcp-dubbo, protocol: TCP}
            - {number: 9090, name: tcp-thrift, protocol: TCP}
          resolution: STATIC
          workloadSelector: {labels: {app: hello}}
        ---
        apiVersion: networking.istio.io/v1beta1
        kind: DestinationRule
        metadata: {name: hello, namespace: dubbo}
        spec:
          host: hello.dubbo.svc.cluster.local
          subsets:
            - {name: v1, labels: {version: v1}}
            - {name: v2, labels: {version: v2}}
        """;

    private const string RedisServices = """
        apiVersion: v1
        kind: Service
        metadata: {name: redis, namespace: redis}
        spec:
          clusterIP: 10.96.0.9
          selector: {app: redis}
          ports:
            - {name: tcp-redis, port: 6379}
        """;

    public static TheoryData<string, string, string[]> Cases { get; } = new()
    {
        {
            "a clean Dubbo and Thrift service with a VirtualService and a policy gives nothing",
            DubboService + """

            ---
            apiVersion: networking.istio.io/v1beta1
            kind: VirtualService
            metadata: {name: hello, namespace: dubbo}
            spec:
              hosts: [hello.dubbo.svc.cluster.local]
              http:
                - match:
                    - method: {exact: sayHello}
                      headers: {user: {regex: "a.*"}}
                  route:
                    - {destination: {host: hello.dubbo.svc.cluster.local, subset: v1}, weight: 30}
                    - {destination: {host: hello.dubbo.svc.cluster.local, subset: v2}, weight: 70}
            ---
            apiVersion: dubbo.aeraki.io/v1alpha1
            kind: DubboAuthorizationPolicy
            metadata: {name: allow, namespace: dubbo}
            spec:
              rules:
                - from: [{source: {namespaces: [dubbo]}}]
            """,
            []
        },
        {
            "a Dubbo service without interface annotation and a native service without selector",
            """
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata: {name: dubbo, namespace: dubbo}
            spec:
              hosts: [hello.dubbo.svc.cluster.local]
              addresses: [10.0.0.1]
              ports:
                - {number: 20880, name: tcp-dubbo, protocol: TCP}
              resolution: STATIC
            """,
            ["AGO3500 5:11", "AGO3508 5:11"]
        },
        {
            "VirtualService routes: weights, missing destination, foreign host, unknown subset, Thrift prefix, bad regex, unset header",
            DubboService + """

            ---
            apiVersion: networking.istio.io/v1beta1
            kind: VirtualService
            metadata: {name: hello, namespace: dubbo}
            spec:
              hosts: [hello.dubbo.svc.cluster.local]
              http:
                - name: split
                  route:
                    - {destination: {host: hello.dubbo.svc.cluster.local, subset: v1}, weight: 30}
                    - {destination: {host: other.dubbo.svc.cluster.local, subset: v3}, weight: 60}
                - name: nowhere
                  match:
                    - method: {prefix: say}
                      headers: {user: {regex: "a(b"}, flag: {}}
                  route: []
            ---
            apiVersion: networking.istio.io/v1beta1
            kind: VirtualService
            metadata: {name: again, namespace: dubbo}
            spec:
              hosts: [hello.dubbo.svc.cluster.local]
            """,
            ["AGO3501 33:9", "AGO3502 34:71", "AGO3503 37:28", "AGO3504 34:32", "AGO3505 38:35", "AGO3506 38:43", "AGO3507 45:10", "AGO3517 39:14"]
        },
        {
            "Redis: route and mirror to unknown hosts, a RedisDestination for a host without a Redis port, Secrets",
            RedisServices + """

            ---
            apiVersion: redis.aeraki.io/v1alpha1
            kind: RedisService
            metadata: {name: redis, namespace: redis}
            spec:
              host: [redis.redis.svc.cluster.local]
              settings:
                auth: {plain: {password: hunter2}}
              redis:
                - route: {host: missing.redis.svc.cluster.local}
                  mirror:
                    - route: {host: gone}
            ---
            apiVersion: redis.aeraki.io/v1alpha1
            kind: RedisDestination
            metadata: {name: other, namespace: redis}
            spec:
              host: other.redis.svc.cluster.local
              trafficPolicy:
                connectionPool:
                  redis:
                    auth: {secret: {name: ""}}
            """,
            ["AGO3509 18:21", "AGO3509 20:25", "AGO3510 26:9", "AGO3511 30:24", "AGO3513 16:30"]
        },
        {
            "a Redis fault without a percentage never fires; an explicit 0 is a fault switched off",
            RedisServices + """

            ---
            apiVersion: redis.aeraki.io/v1alpha1
            kind: RedisService
            metadata: {name: redis, namespace: redis}
            spec:
              host: [redis.redis.svc.cluster.local]
              faults:
                - {type: ERROR, commands: [GET]}
                - {type: DELAY, delay: 1s, percentage: {value: 0}}
                - {type: DELAY, delay: 2s, percentage: {value: 50}}
            """,
            ["AGO3518 16:7"]
        },
        {
            "a Secret reference without a data source when MeshSettings turns the default off",
            RedisServices + """

            ---
            apiVersion: aeraki-gitops.io/v1alpha1
            kind: MeshSettings
            metadata: {name: mesh}
            spec:
              secrets:
                default: none
                mappings:
                  - {secret: mapped, directory: /etc/redis-auth}
            ---
            apiVersion: redis.aeraki.io/v1alpha1
            kind: RedisService
            metadata: {name: redis, namespace: redis}
            spec:
              host: [redis.redis.svc.cluster.local]
              settings:
                auth: {secret: {name: unmapped}}
            ---
            apiVersion: redis.aeraki.io/v1alpha1
            kind: RedisDestination
            metadata: {name: redis, namespace: redis}
            spec:
              host: redis.redis.svc.cluster.local
              trafficPolicy: {connectionPool: {redis: {auth: {secret: {name: mapped}}}}}
            """,
            ["AGO3512 25:27"]
        },
        {
            "an empty authorization value, and a policy in a namespace without Dubbo services",
            DubboService + """

            ---
            apiVersion: dubbo.aeraki.io/v1alpha1
            kind: DubboAuthorizationPolicy
            metadata: {name: deny, namespace: dubbo}
            spec:
              action: DENY
              rules:
                - from: [{source: {principals: ["", "cluster.local/ns/a/sa/b"]}}]
                  to: [{operation: {notMethods: [" "]}}]
            ---
            apiVersion: dubbo.aeraki.io/v1alpha1
            kind: DubboAuthorizationPolicy
            metadata: {name: lost, namespace: elsewhere}
            spec: {}
            """,
            ["AGO3515 31:37", "AGO3515 32:38", "AGO3516 36:18"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DocumentsGiveExactlyTheExpectedDiagnostics(string because, string yaml, string[] expected)
    {
        Assert.NotEmpty(because);
        PolicyHarness.AssertDiagnostics(yaml, expected);
    }

    [Fact]
    public void A_plain_text_password_is_a_warning_when_the_run_allows_it()
    {
        var yaml = RedisServices + """

            ---
            apiVersion: redis.aeraki.io/v1alpha1
            kind: RedisService
            metadata: {name: redis, namespace: redis}
            spec:
              host: [redis.redis.svc.cluster.local]
              settings:
                auth: {plain: {password: hunter2}}
            """;
        var diagnostics = PolicyHarness.Validate(yaml, new ModelSettings { AllowPlaintextSecrets = true });
        Assert.Equal(["AGO3514 16:30"], PolicyHarness.Positions(diagnostics));
    }
}
