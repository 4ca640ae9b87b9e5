using AerakiGitOps.Compiler.Rendering.Filters.Protocols;

namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>
/// Everything the MetaProtocol EnvoyFilter template needs for one outbound, inbound or gateway filter.
/// Outbound and gateway filters subscribe to RDS (<see cref="RouteConfigName"/>); inbound filters carry
/// an inline route to <see cref="InboundCluster"/>.
/// </summary>
public sealed record MetaProtocolFilterView
{
    /// <summary>The EnvoyFilter's identity and the listener it patches, as for the native protocols' filters.</summary>
    public required FilterTargetView Target { get; init; }

    public required string StatPrefix { get; init; }

    public required string ApplicationProtocol { get; init; }

    public required string Codec { get; init; }

    public string? RouteConfigName { get; init; }

    public string? InboundCluster { get; init; }

    public LocalRateLimitView? LocalRateLimit { get; init; }

    public GlobalRateLimitView? GlobalRateLimit { get; init; }

    public required string DestinationService { get; init; }

    public AccessLogView? AccessLog { get; init; }

    public TracingView? Tracing { get; init; }
}
