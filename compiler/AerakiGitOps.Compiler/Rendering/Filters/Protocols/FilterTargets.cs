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
            yield return Outbound(service, address, port.Number, ns);
        }

        if (service.WorkloadSelector.Count > 0)
        {
            yield return Inbound(service, port.Number, ns);
        }
    }

    /// <summary>The filter on the outbound listener &lt;address&gt;_&lt;port&gt; of every sidecar that sees <paramref name="ns"/>.</summary>
    public static FilterTargetView Outbound(ServiceModel service, string address, uint port, string ns) => new()
    {
        Name = FilterNames.Outbound(service.Host, address, port),
        Namespace = ns,
        Context = OutboundContext,
        WorkloadSelector = [],
        ListenerName = $"{address}_{port}",
        Port = port,
    };

    /// <summary>The filter on virtualInbound at <paramref name="port"/> of the service's own workloads.</summary>
    public static FilterTargetView Inbound(ServiceModel service, uint port, string ns) => new()
    {
        Name = FilterNames.Inbound(service.Host, port),
        Namespace = ns,
        Context = InboundContext,
        WorkloadSelector = [.. service.WorkloadSelector],
        ListenerName = "virtualInbound",
        DestinationPort = port,
        Port = port,
    };

    /// <summary>The filter on the gateway listener 0.0.0.0_&lt;port&gt; of the workloads a Gateway selects.</summary>
    public static FilterTargetView Gateway(string gatewayName, string ns, IEnumerable<KeyValuePair<string, string>> selector, uint port) => new()
    {
        Name = FilterNames.Gateway(gatewayName, ns, port),
        Namespace = ns,
        Context = GatewayContext,
        WorkloadSelector = [.. selector],
        ListenerName = $"0.0.0.0_{port}",
        Port = port,
    };
}
