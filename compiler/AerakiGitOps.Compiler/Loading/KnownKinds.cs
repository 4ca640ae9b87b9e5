namespace AerakiGitOps.Compiler.Loading;

/// <summary>Maps apiVersion and kind to a <see cref="PolicyKind"/>; the single list of what the compiler accepts.</summary>
public static class KnownKinds
{
    private static readonly string[] IstioNetworking = ["networking.istio.io/v1alpha3", "networking.istio.io/v1beta1", "networking.istio.io/v1"];
    private static readonly string[] MetaProtocol = ["metaprotocol.aeraki.io/v1alpha1"];
    private static readonly string[] Redis = ["redis.aeraki.io/v1alpha1"];
    private static readonly string[] Dubbo = ["dubbo.aeraki.io/v1alpha1"];
    private static readonly string[] Ours = ["aeraki-gitops.io/v1alpha1"];
    private static readonly string[] Core = ["v1"];

    private static readonly Dictionary<string, (PolicyKind Kind, string[] ApiVersions)> ByKind = new(StringComparer.Ordinal)
    {
        ["MetaRouter"] = (PolicyKind.MetaRouter, MetaProtocol),
        ["ApplicationProtocol"] = (PolicyKind.ApplicationProtocol, MetaProtocol),
        ["RedisService"] = (PolicyKind.RedisService, Redis),
        ["RedisDestination"] = (PolicyKind.RedisDestination, Redis),
        ["DubboAuthorizationPolicy"] = (PolicyKind.DubboAuthorizationPolicy, Dubbo),
        ["ServiceEntry"] = (PolicyKind.ServiceEntry, IstioNetworking),
        ["DestinationRule"] = (PolicyKind.DestinationRule, IstioNetworking),
        ["VirtualService"] = (PolicyKind.VirtualService, IstioNetworking),
        ["Gateway"] = (PolicyKind.Gateway, IstioNetworking),
        ["Service"] = (PolicyKind.Service, Core),
        ["MeshSettings"] = (PolicyKind.MeshSettings, Ours),
        ["AddressLock"] = (PolicyKind.AddressLock, Ours),
        ["RouteTest"] = (PolicyKind.RouteTest, Ours),
    };

    /// <summary>The result of looking a document's type up.</summary>
    public enum Match
    {
        Known,
        UnknownKind,
        UnsupportedVersion,
    }

    public static Match Lookup(string apiVersion, string kind, out PolicyKind policyKind, out IReadOnlyList<string> supportedVersions)
    {
        policyKind = default;
        supportedVersions = [];
        if (!ByKind.TryGetValue(kind, out var entry))
        {
            return Match.UnknownKind;
        }

        supportedVersions = entry.ApiVersions;
        if (!entry.ApiVersions.Contains(apiVersion, StringComparer.Ordinal))
        {
            // Same kind name in another API group (e.g. a Gateway of gateway.networking.k8s.io) is someone else's kind.
            var group = apiVersion.Contains('/') ? apiVersion[..apiVersion.LastIndexOf('/')] : string.Empty;
            var ourGroups = entry.ApiVersions.Select(v => v.Contains('/') ? v[..v.LastIndexOf('/')] : string.Empty);
            return ourGroups.Contains(group, StringComparer.Ordinal) ? Match.UnsupportedVersion : Match.UnknownKind;
        }

        policyKind = entry.Kind;
        return Match.Known;
    }

    /// <summary>Kinds that carry no metadata.name of their own.</summary>
    public static bool NeedsName(PolicyKind kind) => kind is not PolicyKind.AddressLock;

    /// <summary>Kinds that are cluster-scoped in Aeraki's CRDs (no namespace is defaulted).</summary>
    public static bool IsClusterScoped(PolicyKind kind) => kind is PolicyKind.ApplicationProtocol or PolicyKind.MeshSettings or PolicyKind.AddressLock;
}
