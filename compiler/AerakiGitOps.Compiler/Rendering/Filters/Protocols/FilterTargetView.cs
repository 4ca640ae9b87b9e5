namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>
/// Where one native protocol filter goes: the EnvoyFilter's identity and the listener it patches. An
/// outbound target patches the listener &lt;address&gt;_&lt;port&gt;; an inbound target patches
/// virtualInbound at the port, for the selected workloads.
/// </summary>
public sealed record FilterTargetView
{
    public required string Name { get; init; }

    public required string Namespace { get; init; }

    public required string Context { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> WorkloadSelector { get; init; }

    public required string ListenerName { get; init; }

    public uint? DestinationPort { get; init; }

    public required uint Port { get; init; }

    public bool IsInbound => Context == FilterTargets.InboundContext;
}
