namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>One thrift_proxy filter (REPLACE tcp_proxy) with its inline route configuration.</summary>
public sealed record ThriftFilterView(FilterTargetView Target, string StatPrefix, string RouteConfigName, IReadOnlyList<ThriftRouteView> Routes);
