namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>
/// One dubbo_proxy filter (REPLACE tcp_proxy): its single route configuration and, inbound, the RBAC
/// filters that run before the router (DENY first, then ALLOW).
/// </summary>
public sealed record DubboFilterView
{
    public required FilterTargetView Target { get; init; }

    public required string StatPrefix { get; init; }

    public required string RouteConfigName { get; init; }

    /// <summary>The Dubbo interface this listener serves; "*" inbound.</summary>
    public required string Interface { get; init; }

    public required IReadOnlyList<DubboRouteView> Routes { get; init; }

    public required IReadOnlyList<RbacFilterView> RbacFilters { get; init; }
}
