using AerakiGitOps.Compiler.Validation.Rules.Matches;
using AerakiGitOps.Compiler.Validation.Rules.MetaRouters;
using AerakiGitOps.Compiler.Validation.Rules.Objects;
using AerakiGitOps.Compiler.Validation.Rules.Protocols;
using AerakiGitOps.Compiler.Validation.Rules.RateLimits;
using AerakiGitOps.Compiler.Validation.Rules.References;
using AerakiGitOps.Compiler.Validation.Rules.Routes;
using AerakiGitOps.Compiler.Validation.Rules.Services;

namespace AerakiGitOps.Compiler.Validation;

/// <summary>The one place every semantic rule is registered, in the order they run.</summary>
public static class RuleRegistry
{
    public static IReadOnlyList<IPolicyRule> All { get; } =
    [
        // Objects and services: the things MetaRouters refer to.
        new DuplicateObjectRule(),
        new DuplicateServiceHostRule(),
        new MetaProtocolPortNameRule(),
        new CodecRule(),
        new WorkloadSelectorRule(),
        new ServiceAddressRule(),
        new AddressSyntaxRule(),
        new ServiceHostRule(),
        new CidrAddressRule(),
        new HeadlessServiceRule(),
        new SubsetNameRule(),

        // MetaRouters as Aeraki's webhook checks them.
        new MetaRouterHostRule(),
        new MetaRouterContentRule(),
        new ExportToRule(),
        new AttributeNameRule(),
        new AttributeRegexRule(),
        new UnsetAttributeMatchRule(),
        new MutationRule(),
        new MirrorPercentageRule(),
        new DestinationSyntaxRule(),
        new RouteDestinationsRule(),
        new RouteWeightsRule(),
        new UnreachableRouteRule(),
        new GlobalRateLimitRule(),
        new LocalRateLimitRule(),
        new TokenBucketRule(),

        // Cross-references Aeraki never checks.
        new DuplicateMetaRouterRule(),
        new MetaRouterServiceRule(),
        new GatewayReferenceRule(),
        new DestinationServiceRule(),
        new DestinationSubsetRule(),
        new DestinationPortRule(),

        // Native protocol filters: Dubbo, Thrift, Redis, Dubbo authorization, Secret references.
        new DubboInterfaceRule(),
        new NativeWorkloadSelectorRule(),
        new DuplicateVirtualServiceRule(),
        new NativeRouteWeightsRule(),
        new NativeRouteDestinationRule(),
        new NativeRouteMatchRule(),
        new RedisHostRule(),
        new RedisRouteHostRule(),
        new RedisFaultPercentageRule(),
        new SecretReferenceRule(),
        new PlaintextSecretRule(),
        new RbacValueRule(),
        new DubboPolicyScopeRule(),
    ];
}
