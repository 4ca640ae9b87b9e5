using System.Text;

namespace AerakiGitOps.Cli.Benchmarking;

public static partial class WorkloadGenerator
{
    /// <summary>The services of <see cref="WorkloadMix.AllProtocols"/> that use Envoy's native Dubbo, Thrift and Redis filters.</summary>
    private static class NativeProtocols
    {
        /// <summary>One DubboAuthorizationPolicy per namespace: Dubbo inbound filters of that namespace carry it.</summary>
        public static void AppendDubboPolicy(StringBuilder text, string ns) => text.Append(Invariant($$"""
            apiVersion: dubbo.aeraki.io/v1alpha1
            kind: DubboAuthorizationPolicy
            metadata:
              name: allow-{{ns}}
              namespace: {{ns}}
            spec:
              action: ALLOW
              rules:
              - from:
                - source:
                    principals: [cluster.local/ns/{{ns}}/sa/consumer]
                to:
                - operation:
                    methods: ["get*", "list*"]
            ---

            """));

        /// <summary>A ServiceEntry with a Dubbo interface (address allocated), subsets and a VirtualService.</summary>
        public static void AppendDubbo(StringBuilder text, Random random, int index, string ns)
        {
            var (name, host) = ($"svc-{index:D6}", Host(index));
            AppendServiceEntry(text, name, ns, host, "{number: 20880, name: tcp-dubbo, protocol: TCP}", annotations: Invariant($"{{interface: org.bench.Service{index:D6}}}"), location: "MESH_INTERNAL");
            AppendDestinationRule(text, name, ns, host);
            AppendVirtualService(text, random, name, ns, host);
        }

        /// <summary>A Kubernetes Service with a Thrift port, subsets and a VirtualService.</summary>
        public static void AppendThrift(StringBuilder text, Random random, int index, string ns)
        {
            var (name, host) = ($"svc-{index:D6}", Host(index));
            AppendKubernetesService(text, name, ns, index, $"{{name: tcp-thrift-{name}, port: 9090}}");
            AppendDestinationRule(text, name, ns, host);
            AppendVirtualService(text, random, name, ns, host);
        }

        /// <summary>A Kubernetes Service with a Redis port, a RedisService routing by key prefix and a RedisDestination.</summary>
        public static void AppendRedis(StringBuilder text, Random random, int index, string ns)
        {
            var (name, host) = ($"svc-{index:D6}", Host(index));
            AppendKubernetesService(text, name, ns, index, "{name: tcp-redis, port: 6379}");
            text.Append(Invariant($$"""
                apiVersion: redis.aeraki.io/v1alpha1
                kind: RedisService
                metadata:
                  name: {{name}}
                  namespace: {{ns}}
                spec:
                  host: [{{host}}]
                  settings: {opTimeout: {{random.Next(1, 10)}}s}
                  redis:
                  - match:
                      key: {prefix: session{{random.Next(10)}}}
                    route: {host: {{host}}}
                  - route: {host: {{host}}}
                ---
                apiVersion: redis.aeraki.io/v1alpha1
                kind: RedisDestination
                metadata:
                  name: {{name}}
                  namespace: {{ns}}
                spec:
                  host: {{host}}
                  trafficPolicy:
                    connectionPool:
                      tcp: {connectTimeout: 2s}
                ---

                """));
        }

        /// <summary>A method-matched route to one subset, then a weighted split (Aeraki's native Dubbo and Thrift routing).</summary>
        private static void AppendVirtualService(StringBuilder text, Random random, string name, string ns, string host)
        {
            var weight = random.Next(1, 100);
            text.Append(Invariant($$"""
                apiVersion: networking.istio.io/v1beta1
                kind: VirtualService
                metadata:
                  name: {{name}}
                  namespace: {{ns}}
                spec:
                  hosts: [{{host}}]
                  http:
                  - name: method-{{random.Next(10)}}
                    match:
                    - method: {exact: call{{random.Next(10)}}}
                    route:
                    - destination: {host: {{host}}, subset: v{{random.Next(1, 4)}}}
                  - name: split
                    route:
                    - destination: {host: {{host}}, subset: v1}
                      weight: {{weight}}
                    - destination: {host: {{host}}, subset: v2}
                      weight: {{100 - weight}}
                ---

                """));
        }
    }
}
