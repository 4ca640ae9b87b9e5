namespace AerakiGitOps.Compiler.Loading;

/// <summary>The kinds of document aeraki-gitops reads.</summary>
public enum PolicyKind
{
    MetaRouter,
    ApplicationProtocol,
    RedisService,
    RedisDestination,
    DubboAuthorizationPolicy,
    ServiceEntry,
    DestinationRule,
    VirtualService,
    Gateway,
    Service,
    MeshSettings,
    AddressLock,
    RouteTest,
}
