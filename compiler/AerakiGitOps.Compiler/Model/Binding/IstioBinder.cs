using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model.Binding;

/// <summary>Binds the Istio and Kubernetes kinds the compiler reads.</summary>
internal static class IstioBinder
{
    public static ObjectMetaSpec BindMeta(PolicyDocument document)
    {
        var metadata = document.Root.Map("metadata");
        return new ObjectMetaSpec(document.Name, document.Namespace, metadata.StringMap("labels"), metadata.StringMap("annotations"));
    }

    public static ServiceEntrySpec BindServiceEntry(PolicyDocument document)
    {
        var spec = document.Root.Map("spec");
        return new ServiceEntrySpec(
            document,
            BindMeta(document),
            spec.Strings("hosts"),
            spec.Strings("addresses"),
            spec.Maps("ports").Select(p => new PortSpec(p.UInt("number") ?? 0, p.Str("name") ?? string.Empty, p.Str("protocol") ?? string.Empty, null, p.At)).ToImmutableArray(),
            spec.Str("resolution") ?? "NONE",
            spec.Map("workloadSelector").StringMap("labels"),
            spec.Strings("exportTo"));
    }

    public static KubernetesServiceSpec BindService(PolicyDocument document)
    {
        var spec = document.Root.Map("spec");
        return new KubernetesServiceSpec(
            document,
            BindMeta(document),
            spec.Str("clusterIP"),
            spec.Strings("clusterIPs"),
            spec.Str("type") ?? "ClusterIP",
            spec.Maps("ports").Select(p => new PortSpec(p.UInt("port") ?? 0, p.Str("name") ?? string.Empty, p.Str("protocol") ?? "TCP", p.Str("appProtocol"), p.At)).ToImmutableArray(),
            spec.StringMap("selector"));
    }

    public static DestinationRuleSpec BindDestinationRule(PolicyDocument document)
    {
        var spec = document.Root.Map("spec");
        return new DestinationRuleSpec(
            document,
            spec.Str("host") ?? string.Empty,
            HashHeader(spec.Map("trafficPolicy")),
            spec.Maps("subsets").Select(s => new SubsetSpec(s.Str("name") ?? string.Empty, s.StringMap("labels"), HashHeader(s.Map("trafficPolicy")), s.At)).ToImmutableArray(),
            spec.Strings("exportTo"));
    }

    public static GatewaySpec BindGateway(PolicyDocument document)
    {
        var spec = document.Root.Map("spec");
        var servers = spec.Maps("servers").Select(s =>
        {
            var port = s.Map("port");
            return new GatewayServerSpec(port.UInt("number") ?? 0, port.Str("name") ?? string.Empty, port.Str("protocol") ?? string.Empty, s.Strings("hosts"), s.At);
        });
        return new GatewaySpec(document, spec.StringMap("selector"), servers.ToImmutableArray());
    }

    private static string? HashHeader(YMapping? trafficPolicy)
        => trafficPolicy.Map("loadBalancer").Map("consistentHash").Str("httpHeaderName") is { Length: > 0 } header ? header : null;
}
