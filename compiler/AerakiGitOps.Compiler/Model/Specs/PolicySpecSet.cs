using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>Every bound policy object of a run, each list in source order (file path, then position).</summary>
public sealed record PolicySpecSet
{
    /// <summary>Every document that passed its schema, including kinds that are only passed through.</summary>
    public ImmutableArray<PolicyDocument> Documents { get; init; } = [];

    public ImmutableArray<ServiceEntrySpec> ServiceEntries { get; init; } = [];

    public ImmutableArray<KubernetesServiceSpec> Services { get; init; } = [];

    public ImmutableArray<DestinationRuleSpec> DestinationRules { get; init; } = [];

    public ImmutableArray<GatewaySpec> Gateways { get; init; } = [];

    public ImmutableArray<MetaRouterSpec> MetaRouters { get; init; } = [];

    public ImmutableArray<VirtualServiceSpec> VirtualServices { get; init; } = [];

    public ImmutableArray<RedisServiceSpec> RedisServices { get; init; } = [];

    public ImmutableArray<RedisDestinationSpec> RedisDestinations { get; init; } = [];

    public ImmutableArray<DubboAuthorizationPolicySpec> DubboAuthorizationPolicies { get; init; } = [];

    public ImmutableArray<ApplicationProtocolSpec> ApplicationProtocols { get; init; } = [];

    public ImmutableArray<AddressLockSpec> AddressLocks { get; init; } = [];

    /// <summary>Route tests, for `aeraki-gitops test` only: no stage before it reads them.</summary>
    public ImmutableArray<RouteTestSpec> RouteTests { get; init; } = [];

    public MeshSettingsSpec MeshSettings { get; init; } = MeshSettingsSpec.Default;

    /// <summary>
    /// Whether what is derived from these specs (service models, pass-through objects) is remembered per object for
    /// later compilations: true when the documents may come back as the same objects (a parse cache hands unchanged
    /// files back), false for a one-shot compilation, where no later compilation could read a remembered entry and
    /// each one is a weak-table entry the garbage collector would scan at every collection.
    /// </summary>
    public bool Remembered { get; init; } = true;
}
