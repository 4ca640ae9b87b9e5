using System.Globalization;
using System.Text;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>
/// Writes a synthetic policy repository of N services, deterministic for a seed: ServiceEntries and
/// Kubernetes Services spread over namespaces and files like a real repository, a DestinationRule with
/// subsets per service, and a MetaRouter with 1-10 routes mixing exact/prefix/regex matches, splits,
/// mirrors, mutations and consistent hashing; some services carry rate limits. With
/// <see cref="WorkloadMix.AllProtocols"/>, three in ten services use Envoy's native filters instead: Dubbo
/// (ServiceEntry with an interface, VirtualService, a DubboAuthorizationPolicy per namespace), Thrift
/// (Kubernetes Service, VirtualService) and Redis (Kubernetes Service, RedisService, RedisDestination).
/// </summary>
public static partial class WorkloadGenerator
{
    private const int ServicesPerNamespace = 50;
    private const int ServicesPerFile = 10;

    public static void Write(string folder, int services, int seed, WorkloadMix mix = WorkloadMix.MetaProtocol)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "mesh.yaml"), MeshSettings);
        for (var first = 0; first < services; first += ServicesPerFile)
        {
            var ns = $"team-{first / ServicesPerNamespace:D4}";
            var text = new StringBuilder();
            if (mix == WorkloadMix.AllProtocols && first % ServicesPerNamespace == 0)
            {
                NativeProtocols.AppendDubboPolicy(text, ns);
            }

            for (var index = first; index < Math.Min(services, first + ServicesPerFile); index++)
            {
                var kind = mix == WorkloadMix.AllProtocols ? random.Next(10) : -1;
                switch (kind)
                {
                    case 0:
                        NativeProtocols.AppendDubbo(text, random, index, ns);
                        break;
                    case 1:
                        NativeProtocols.AppendThrift(text, random, index, ns);
                        break;
                    case 2:
                        NativeProtocols.AppendRedis(text, random, index, ns);
                        break;
                    default:
                        AppendService(text, random, index, ns);
                        break;
                }
            }

            var directory = Path.Combine(folder, ns);
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, $"services-{first / ServicesPerFile:D5}.yaml"), text.ToString());
        }
    }

    /// <summary>The host of service <paramref name="index"/>, for benchmarks that change one service.</summary>
    public static string Host(int index) => $"svc-{index:D6}.team-{index / ServicesPerNamespace:D4}.svc.cluster.local";

    /// <summary>A ServiceEntry with one port and a workload selector; optionally annotations and a location.</summary>
    internal static void AppendServiceEntry(StringBuilder text, string name, string ns, string host, string port, string? annotations = null, string? location = null)
    {
        text.Append(Invariant($"apiVersion: networking.istio.io/v1beta1\nkind: ServiceEntry\nmetadata:\n  name: {name}\n  namespace: {ns}\n"));
        if (annotations is not null)
        {
            text.Append(Invariant($"  annotations: {annotations}\n"));
        }

        text.Append(Invariant($"spec:\n  hosts: [{host}]\n  ports:\n  - {port}\n"));
        if (location is not null)
        {
            text.Append(Invariant($"  location: {location}\n"));
        }

        text.Append(Invariant($"  resolution: STATIC\n  workloadSelector:\n    labels: {{app: {name}}}\n---\n"));
    }

    /// <summary>A Kubernetes Service with one port and a cluster IP 10.x.y.z unique to the service's index.</summary>
    internal static void AppendKubernetesService(StringBuilder text, string name, string ns, int index, string port)
        => text.Append(Invariant($$"""
            apiVersion: v1
            kind: Service
            metadata:
              name: {{name}}
              namespace: {{ns}}
            spec:
              clusterIP: 10.{{index / 65536 % 256}}.{{index / 256 % 256}}.{{index % 256}}
              selector: {app: {{name}}}
              ports:
              - {{port}}
            ---

            """));

    /// <summary>A DestinationRule with subsets v1-v3, optionally with a load-balancer policy.</summary>
    internal static void AppendDestinationRule(StringBuilder text, string name, string ns, string host, string trafficPolicy = "")
        => text.Append(Invariant($$"""
            apiVersion: networking.istio.io/v1beta1
            kind: DestinationRule
            metadata:
              name: {{name}}
              namespace: {{ns}}
            spec:
              host: {{host}}
            {{trafficPolicy}}  subsets:
              - name: v1
                labels: {version: v1}
              - name: v2
                labels: {version: v2}
              - name: v3
                labels: {version: v3}
            ---

            """));

    private static void AppendService(StringBuilder text, Random random, int index, string ns)
    {
        var name = $"svc-{index:D6}";
        var host = Host(index);
        var protocol = random.Next(3) == 0 ? "thrift" : "dubbo";
        var port = 20000 + (index % 1000);
        if (random.Next(5) < 3)
        {
            AppendServiceEntry(text, name, ns, host, Invariant($"{{number: {port}, name: tcp-metaprotocol-{protocol}, protocol: TCP}}"));
        }
        else
        {
            AppendKubernetesService(text, name, ns, index, Invariant($"{{name: tcp-metaprotocol-{protocol}, port: {port}}}"));
        }

        var trafficPolicy = random.Next(4) == 0 ? "  trafficPolicy:\n    loadBalancer:\n      consistentHash: {httpHeaderName: user}\n" : string.Empty;
        AppendDestinationRule(text, name, ns, host, trafficPolicy);
        AppendMetaRouter(text, random, name, ns, host);
    }

    private static void AppendMetaRouter(StringBuilder text, Random random, string name, string ns, string host)
    {
        text.Append(Invariant($$"""
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata:
              name: {{name}}
              namespace: {{ns}}
            spec:
              hosts: [{{host}}]

            """));
        if (random.Next(10) == 0)
        {
            text.Append("  localRateLimit:\n    tokenBucket: {maxTokens: 100, tokensPerFill: 100, fillInterval: 1s}\n");
        }

        text.Append("  routes:\n");
        var routes = random.Next(1, 11);
        for (var route = 0; route < routes - 1; route++)
        {
            AppendRoute(text, random, route, host);
        }

        text.Append(Invariant($"  - name: default\n    route:\n    - destination: {{host: {host}, subset: v1}}\n---\n"));
    }

    private static void AppendRoute(StringBuilder text, Random random, int route, string host)
    {
        var match = random.Next(3) switch
        {
            0 => $"{{exact: method{route}}}",
            1 => $"{{prefix: get{route}}}",
            _ => $"{{regex: \"op{route}[A-Z][a-z]*\"}}",
        };
        text.Append(Invariant($"  - name: route-{route}\n    match:\n      attributes:\n        method: {match}\n    route:\n"));
        if (random.Next(3) == 0)
        {
            var weight = random.Next(1, 100);
            text.Append(Invariant($"    - destination: {{host: {host}, subset: v1}}\n      weight: {weight}\n    - destination: {{host: {host}, subset: v2}}\n      weight: {100 - weight}\n"));
        }
        else
        {
            text.Append(Invariant($"    - destination: {{host: {host}, subset: v{random.Next(1, 4)}}}\n"));
        }

        if (random.Next(5) == 0)
        {
            text.Append(Invariant($"    mirror: {{host: {host}, subset: v3}}\n    mirrorPercentage: {{value: {random.Next(1, 100)}}}\n"));
        }

        if (random.Next(5) == 0)
        {
            text.Append("    requestMutation:\n    - {key: x-bench, value: \"yes\"}\n");
        }
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private const string MeshSettings = """
        apiVersion: aeraki-gitops.io/v1alpha1
        kind: MeshSettings
        metadata:
          name: mesh
        spec:
          accessLogFile: /dev/stdout
          enableTracing: true

        """;
}
