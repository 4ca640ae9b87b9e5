using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Rendering.Routes;

namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>
/// Plans the metrics filters that sit in front of tcp_proxy (INSERT_BEFORE, tcp_proxy stays): Kafka and
/// ZooKeeper as in Aeraki, MySQL, MongoDB and PostgreSQL beyond it. They differ only in the filter's
/// identity, so one planner and one template serve all five. Every port of the protocol is handled.
/// </summary>
internal sealed class StatPrefixFilterPlanner(PolicyModel model) : IServicePlanner
{
    public const string Template = "stat-prefix-envoyfilter.sbn-yaml";

    public bool Plans(ServiceModel service)
    {
        foreach (var port in service.Ports)
        {
            if (port.Protocol is ProtocolKind.Kafka or ProtocolKind.Zookeeper or ProtocolKind.MySql or ProtocolKind.Mongo or ProtocolKind.Postgres)
            {
                return true;
            }
        }

        return false;
    }

    public PlanInputs? InputsOf(ServiceModel service) => new PlanInputs(service, model.Settings.RootNamespace);

    public IEnumerable<PlannedManifest> Plan(ServiceModel service)
    {
        foreach (var filter in StatPrefixFilter.All)
        {
            foreach (var port in service.PortsOf(filter.Protocol))
            {
                foreach (var target in FilterTargets.For(model, service, port))
                {
                    var statPrefix = target.IsInbound ? ClusterNames.Inbound(port.Number) : ClusterNames.Outbound(port.Number, service.Host);
                    var view = new StatPrefixFilterView(target, filter.FilterName, filter.TypeUrl, statPrefix);
                    yield return new PlannedManifest(Template, view, "EnvoyFilter", target.Name, target.Namespace, [service.Source.File]);
                }
            }
        }
    }
}
