using System.Text;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Compiler.Tests.Diff;

/// <summary>A Dubbo service with subsets and a MetaRouter whose routes each test writes, compiled in memory.</summary>
internal static class DiffPolicies
{
    public const string Host = "org.apache.dubbo.samples.basic.api.demoservice";

    public const string RouteConfig = Host + "_20880";

    public static string Cluster(string subset) => $"outbound|20880|{subset}|{Host}";

    public const string Service = """
        apiVersion: networking.istio.io/v1beta1
        kind: ServiceEntry
        metadata:
          name: demoservice
          namespace: meta-dubbo
        spec:
          hosts: [org.apache.dubbo.samples.basic.api.demoservice]
          addresses: [10.0.0.1]
          ports:
          - number: 20880
            name: tcp-metaprotocol-dubbo
            protocol: TCP
          resolution: STATIC
          workloadSelector:
            labels:
              app: dubbo
        ---
        apiVersion: networking.istio.io/v1beta1
        kind: DestinationRule
        metadata:
          name: demoservice
          namespace: meta-dubbo
        spec:
          host: org.apache.dubbo.samples.basic.api.demoservice
          subsets:
          - name: v1
            labels: {version: v1}
          - name: v2
            labels: {version: v2}
          - name: sticky
            labels: {version: v2}
            trafficPolicy:
              loadBalancer:
                consistentHash:
                  httpHeaderName: HASH_HEADER
        """;

    /// <summary>A route "name" for method <paramref name="method"/> split between v1 and v2.</summary>
    public static string Split(string name, string method, int v1, int v2)
        => $"  - name: {name}\n    match:\n      attributes:\n        method:\n          exact: {method}\n    route:\n"
           + $"    - destination: {{host: {Host}, subset: v1}}\n      weight: {v1}\n"
           + $"    - destination: {{host: {Host}, subset: v2}}\n      weight: {v2}\n";

    /// <summary>A route to one subset; no method means no match (a catch-all). An empty name leaves the route unnamed.</summary>
    public static string To(string name, string subset, string? method = null)
        => (name.Length == 0 ? "  - " : $"  - name: {name}\n    ")
           + (method is null ? string.Empty : $"match:\n      attributes:\n        method:\n          exact: {method}\n    ")
           + $"route:\n    - destination: {{host: {Host}, subset: {subset}}}\n";

    public static CompilationResult Compile(string routes, string hashHeader = "user-id", string extra = "")
    {
        var yaml = Service.Replace("HASH_HEADER", hashHeader, StringComparison.Ordinal) + $"""

            ---
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata:
              name: demoservice
              namespace: meta-dubbo
            spec:
              hosts: [{Host}]
              routes:

            """ + routes + extra;
        var result = new PolicyCompiler(new CompileOptions()).Compile(new PolicySourceContent([new PolicyFile("policies.yaml", Encoding.UTF8.GetBytes(yaml))], null, []));
        Assert.True(result.Snapshot is not null, string.Join("\n", result.Diagnostics) + "\n" + yaml);
        return result;
    }
}
