using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>
/// The targets of one service port, the same for every native protocol: one outbound filter per
/// address, and one inbound filter when the service selects workloads (no selector, no inbound: the
/// rules warn instead of selecting {app: ""} as Aeraki does). Everything goes to the root namespace.
/// </summary>
internal static class FilterTargets
{
    public const string OutboundContext = "SIDECAR_OUTBOUND";
    public const string InboundContext = "SIDECAR_INBOUND";
    public const string GatewayContext = "GATEWAY";

    public static IEnumerable<FilterTargetView> For(PolicyModel model, ServiceModel service, ServicePortModel port)
    {
        var ns = model.Settings.RootNamespace;
        foreach (var address in service.ListenerAddresses)
        {
            yield return new FilterTargetView
            {
                Name = FilterNames.Outbound(service.Host, address, port.Number),
                Namespace = ns,
                Context = OutboundContext,
                WorkloadSelector = [],
                ListenerName = $"{address}_{port.Number}",
                Port = port.Number,
            };
        }

        if (service.WorkloadSelector.Count > 0)
        {
            yield return new FilterTargetView
            {
                Name = FilterNames.Inbound(service.Host, port.Number),
                Namespace = ns,
                Context = InboundContext,
                WorkloadSelector = [.. service.WorkloadSelector],
                ListenerName = "virtualInbound",
                DestinationPort = port.Number,
                Port = port.Number,
            };
        }
    }
}
