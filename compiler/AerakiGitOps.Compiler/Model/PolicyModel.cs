using System.Collections.Immutable;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model;

/// <summary>
/// The bound and resolved model: services with settled addresses and protocols, and the lookups the
/// rules and renderers share. Where several objects claim one host, the first in source order is used
/// here and the rules report the conflict.
/// </summary>
public sealed partial class PolicyModel
{
    private readonly Dictionary<string, ServiceModel> _servicesByHost;
    private readonly Dictionary<string, MetaRouterSpec> _metaRoutersByHost;
    private readonly ILookup<string, DestinationRuleSpec> _destinationRulesByHost;
    private readonly Dictionary<string, DestinationRuleSpec> _firstDestinationRuleByHost;

    public PolicyModel(PolicySpecSet specs, ModelSettings settings)
    {
        Specs = specs;
        Settings = settings;
        Codecs = CodecRegistry.From(specs.ApplicationProtocols);

        // Three independent builds over every service, MetaRouter and DestinationRule, side by side.
        ImmutableArray<ServiceModel> services = [];
        Dictionary<string, ServiceModel> servicesByHost = [];
        Dictionary<string, MetaRouterSpec> metaRoutersByHost = [];
        ILookup<string, DestinationRuleSpec> destinationRulesByHost = null!;
        Dictionary<string, DestinationRuleSpec> firstDestinationRuleByHost = [];
        Parallel.Invoke(
            () =>
            {
                services = ServiceModelBuilder.Build(specs, settings);
                servicesByHost = FirstByKey(services, s => s.Host);
            },
            () => metaRoutersByHost = FirstByKey(specs.MetaRouters.Where(m => m.Host.Length > 0), m => m.Host),
            () =>
            {
                destinationRulesByHost = specs.DestinationRules.ToLookup(d => Fqdn(d.Host, d.Source.Namespace), StringComparer.Ordinal);
                firstDestinationRuleByHost = destinationRulesByHost.ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            });
        (Services, _servicesByHost, _metaRoutersByHost) = (services, servicesByHost, metaRoutersByHost);
        (_destinationRulesByHost, _firstDestinationRuleByHost) = (destinationRulesByHost, firstDestinationRuleByHost);
    }

    public PolicySpecSet Specs { get; }

    public ModelSettings Settings { get; }

    /// <summary>Every service in source order.</summary>
    public ImmutableArray<ServiceModel> Services { get; }

    public CodecRegistry Codecs { get; }

    public ServiceModel? ServiceFor(string host) => _servicesByHost.GetValueOrDefault(host);

    /// <summary>The MetaRouter whose hosts[0] equals the host exactly (Aeraki does no short-name expansion here).</summary>
    public MetaRouterSpec? MetaRouterFor(string host) => _metaRoutersByHost.GetValueOrDefault(host);

    /// <summary>The first DestinationRule (source order) whose host, made fully qualified in its own namespace, equals the host.</summary>
    public DestinationRuleSpec? DestinationRuleFor(string host) => _firstDestinationRuleByHost.GetValueOrDefault(host);

    /// <summary>Every DestinationRule for the host, in source order.</summary>
    public IEnumerable<DestinationRuleSpec> DestinationRulesFor(string host) => _destinationRulesByHost[host];

    /// <summary>Istio's short-name rule: a name without a dot is &lt;name&gt;.&lt;namespace&gt;.svc.&lt;domain&gt;.</summary>
    public string Fqdn(string host, string ns)
        => host.Contains('.', StringComparison.Ordinal) || ns.Length == 0 ? host : $"{host}.{ns}.svc.{Settings.ClusterDomain}";

    private static Dictionary<string, T> FirstByKey<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            result.TryAdd(key(item), item);
        }

        return result;
    }
}
