namespace AerakiGitOps.Compiler.Diagnostics;

// Semantic rules (AGO3xxx). AGO3001-AGO3039 follow Aeraki's MetaRouter webhook (aeraki-behaviour.md section 6),
// worded to say what to do; AGO3040 and later are checks Aeraki never makes (cross-references, services).
// Semantic rules own AGO3001-AGO3499 (every id there is declared by a rule in RuleRegistry); AGO3500-AGO3599 are the
// native protocol rules (DiagnosticCatalog.Protocols.cs); AGO3600 and up are left for model-stage diagnostics.
public static partial class DiagnosticCatalog
{
    public static DiagnosticDescriptor MetaRouterNoHost { get; } = Error("AGO3001", "MetaRouter without host", "the MetaRouter has no host; set spec.hosts to the one service host it routes");

    public static DiagnosticDescriptor MetaRouterTooManyHosts { get; } = Error("AGO3002", "MetaRouter with several hosts", "the MetaRouter has {0} hosts but Aeraki only uses the first; write one MetaRouter per host");

    public static DiagnosticDescriptor InvalidHostName { get; } = Error("AGO3003", "Invalid host name", "{0} '{1}' is not a valid host name: {2}; use a fully qualified DNS name such as reviews.default.svc.cluster.local");

    public static DiagnosticDescriptor MetaRouterEmpty { get; } = Error("AGO3004", "MetaRouter does nothing", "the MetaRouter has none of routes, globalRateLimit or localRateLimit; add at least one of them or delete the MetaRouter");

    public static DiagnosticDescriptor AttributeNameEmpty { get; } = Error("AGO3005", "Empty attribute name", "an attribute in {0} has an empty name; name the request attribute to match, such as 'method'");

    public static DiagnosticDescriptor RegexEmpty { get; } = Error("AGO3006", "Empty regex", "the regex of attribute '{0}' is empty; write an RE2 pattern, or use regex \"*\" to require only that the attribute is present");

    public static DiagnosticDescriptor RegexInvalid { get; } = Error("AGO3007", "Invalid RE2 regex", "the regex '{1}' of attribute '{0}' is not valid RE2: {2} (column {3} of the pattern); Aeraki uses RE2 syntax, see https://github.com/google/re2/wiki/Syntax");

    public static DiagnosticDescriptor MutationKeyEmpty { get; } = Error("AGO3008", "Empty mutation key", "an entry of {0} has an empty key; set key to the attribute to write");

    public static DiagnosticDescriptor MutationValueEmpty { get; } = Error("AGO3009", "Empty mutation value", "the {0} entry for key '{1}' has an empty value; set value");

    public static DiagnosticDescriptor MirrorPercentageWithoutMirror { get; } = Error("AGO3010", "mirrorPercentage without mirror", "route {0} sets mirrorPercentage but no mirror; mirrorPercentage and mirror must be set together, add mirror or remove mirrorPercentage");

    public static DiagnosticDescriptor MirrorPercentageOutOfRange { get; } = Error("AGO3011", "mirrorPercentage out of range", "mirrorPercentage is {0}; it must be greater than 0 and at most 100");

    public static DiagnosticDescriptor InvalidSubsetName { get; } = Error("AGO3012", "Invalid subset name", "subset '{0}' is not a valid subset name; use a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)");

    public static DiagnosticDescriptor PortOutOfRange { get; } = Error("AGO3013", "Port out of range", "port number {0} must be in the range 1..65535");

    public static DiagnosticDescriptor RouteWithoutDestination { get; } = Error("AGO3014", "Route without destination", "route {0} has no destination; add at least one entry under route with a destination");

    public static DiagnosticDescriptor DestinationMissing { get; } = Error("AGO3015", "Destination missing", "an entry of route {0} has no destination; set destination.host");

    public static DiagnosticDescriptor WeightOutOfRange { get; } = Error("AGO3016", "Weight out of range", "weight {0} is not in the range 0..100");

    public static DiagnosticDescriptor WeightsNotHundred { get; } = Error("AGO3017", "Weights do not add up to 100", "the destination weights of route {0} add up to {1}, not 100; adjust them so they total 100");

    public static DiagnosticDescriptor WeightMissing { get; } = Error("AGO3018", "Weight missing", "route {0} has several destinations but this one has no weight; give every destination a weight so they total 100");

    public static DiagnosticDescriptor ExportToDuplicate { get; } = Error("AGO3019", "Duplicate exportTo entry", "exportTo already contains {0}; remove the duplicate");

    public static DiagnosticDescriptor ExportToNone { get; } = Error("AGO3020", "exportTo ~ not allowed", "exportTo '~' (export to no one) is not allowed for a MetaRouter; remove it, or delete the MetaRouter");

    public static DiagnosticDescriptor ExportToInvalid { get; } = Error("AGO3021", "Invalid exportTo entry", "exportTo entry '{0}' is not valid; use '.', '*' or a namespace name (a DNS-1123 label)");

    public static DiagnosticDescriptor ExportToPublicMixed { get; } = Error("AGO3022", "exportTo mixes * with namespaces", "exportTo has '*' together with other entries; use '*' alone or list only namespaces");

    public static DiagnosticDescriptor RouteAfterCatchAll { get; } = Warning("AGO3023", "Route after a catch-all route", "route {0} is never used: route {1} (line {2}) has no match and takes every request first; move the catch-all route to the end or give it a match");

    public static DiagnosticDescriptor RouteShadowed { get; } = Warning("AGO3024", "Route shadowed by an earlier route", "route {0} is never used: route {1} (line {2}) matches every request this route matches and comes first; reorder or remove one of them");

    public static DiagnosticDescriptor AttributeMatchUnset { get; } = Warning("AGO3025", "Attribute without match type", "attribute '{0}' has no exact, prefix or regex, so Aeraki drops it and any value matches; set one of them, or use regex \"*\" to require the attribute");

    public static DiagnosticDescriptor GlobalRateLimitDomainEmpty { get; } = Error("AGO3026", "globalRateLimit without domain", "globalRateLimit.domain is empty; set it to the domain configured in the rate limit service");

    public static DiagnosticDescriptor GlobalRateLimitServiceEmpty { get; } = Error("AGO3027", "globalRateLimit without rateLimitService", "globalRateLimit.rateLimitService is empty; set it to the rate limit service's cluster name, such as outbound|8081||rate-limit-server.istio-system.svc.cluster.local");

    public static DiagnosticDescriptor GlobalRateLimitTimeoutMissing { get; } = Error("AGO3028", "globalRateLimit without requestTimeout", "globalRateLimit.requestTimeout is missing; Aeraki's filter generator requires it, set it such as 100ms");

    public static DiagnosticDescriptor GlobalRateLimitNoDescriptors { get; } = Error("AGO3029", "globalRateLimit without descriptors", "globalRateLimit has no descriptors; add at least one descriptor with property and descriptorKey");

    public static DiagnosticDescriptor GlobalRateLimitDescriptorKeyEmpty { get; } = Error("AGO3030", "Empty descriptorKey", "a globalRateLimit descriptor has an empty descriptorKey; set it to the key the rate limit service expects");

    public static DiagnosticDescriptor GlobalRateLimitDescriptorPropertyEmpty { get; } = Error("AGO3031", "Empty descriptor property", "a globalRateLimit descriptor has an empty property; set it to the request attribute whose value is sent");

    public static DiagnosticDescriptor InvalidDuration { get; } = Error("AGO3032", "Invalid duration", "{0} '{1}' is not a valid duration; write a positive duration such as 100ms, 1m30s or 0.100s");

    public static DiagnosticDescriptor LocalRateLimitEmpty { get; } = Error("AGO3033", "localRateLimit without buckets", "localRateLimit has neither tokenBucket nor conditions; add a tokenBucket, conditions, or remove localRateLimit");

    public static DiagnosticDescriptor FillIntervalMissing { get; } = Error("AGO3034", "tokenBucket without fillInterval", "the tokenBucket has no fillInterval; set it such as 1s");

    public static DiagnosticDescriptor TokensPerFillMissing { get; } = Error("AGO3035", "tokenBucket without tokensPerFill", "the tokenBucket has no tokensPerFill; set how many tokens are added each fillInterval");

    public static DiagnosticDescriptor TokensPerFillZero { get; } = Error("AGO3036", "tokensPerFill is 0", "tokensPerFill must be greater than 0");

    public static DiagnosticDescriptor MaxTokensZero { get; } = Error("AGO3037", "maxTokens missing or 0", "the tokenBucket's maxTokens is missing or 0; set it to a number greater than 0");

    public static DiagnosticDescriptor ConditionMatchMissing { get; } = Error("AGO3038", "Condition without match", "a localRateLimit condition has no match; add match.attributes or use the top-level tokenBucket");

    public static DiagnosticDescriptor ConditionTokenBucketMissing { get; } = Error("AGO3039", "Condition without tokenBucket", "a localRateLimit condition has no tokenBucket; add one");

    public static DiagnosticDescriptor MetaRouterHostUnknown { get; } = Error("AGO3040", "MetaRouter host is not a service", "no ServiceEntry or Service has host '{0}'{1}; a MetaRouter host must equal a ServiceEntry's hosts[0] or <name>.<namespace>.svc.cluster.local exactly");

    public static DiagnosticDescriptor MetaRouterHostNotMetaProtocol { get; } = Warning("AGO3041", "MetaRouter host has no MetaProtocol port", "service '{0}' has no MetaProtocol port, so this MetaRouter has no effect; name a port tcp-metaprotocol-<protocol>, such as tcp-metaprotocol-dubbo");

    public static DiagnosticDescriptor DestinationHostUnknown { get; } = Error("AGO3042", "Destination is not a service", "{0} host '{1}' is not a service in the policy repository{2}; the proxy would route to a cluster that does not exist, add a ServiceEntry or fix the host");

    public static DiagnosticDescriptor DestinationSubsetUnknown { get; } = Error("AGO3043", "Unknown subset", "no DestinationRule for '{0}' defines subset '{1}'{2}; add the subset to a DestinationRule for that host");

    public static DiagnosticDescriptor DestinationPortUnknown { get; } = Error("AGO3044", "Unknown destination port", "service '{0}' has no port {1}; use one of its ports ({2}) or omit port");

    public static DiagnosticDescriptor CodecMissing { get; } = Error("AGO3045", "No codec for application protocol", "port '{0}' uses application protocol '{1}', which has no codec; add an ApplicationProtocol with protocol: {1} and codec: aeraki.meta_protocol.codec.{1}");

    public static DiagnosticDescriptor MetaProtocolPortWithoutApplicationProtocol { get; } = Error("AGO3046", "MetaProtocol port without application protocol", "port '{0}' is MetaProtocol but names no application protocol; name it tcp-metaprotocol-<protocol>, such as tcp-metaprotocol-dubbo");

    public static DiagnosticDescriptor DuplicateMetaRouter { get; } = Error("AGO3047", "Two MetaRouters for one host", "host '{0}' already has MetaRouter {1} at {2}; Aeraki would pick one at random, merge them into one MetaRouter");

    public static DiagnosticDescriptor DuplicateObject { get; } = Error("AGO3048", "Duplicate object", "{0} is defined twice, first at {1}; rename or remove one");

    public static DiagnosticDescriptor DuplicateServiceHost { get; } = Error("AGO3049", "Two services for one host", "host '{0}' is already declared by {1} at {2}; a host must belong to one service, remove or rename one");

    public static DiagnosticDescriptor GatewayUnknown { get; } = Error("AGO3050", "Unknown gateway", "gateway '{0}' does not exist (no Gateway {1}); add the Gateway or fix the reference, written <namespace>/<name> or <name> for the MetaRouter's namespace");

    public static DiagnosticDescriptor DestinationRuleSubsetNameInvalid { get; } = Error("AGO3051", "Invalid DestinationRule subset name", "subset name '{0}' is not a DNS-1123 label, so MetaRouter destinations cannot refer to it; use lower-case letters, digits and '-', at most 63 characters");

    public static DiagnosticDescriptor NoWorkloadSelector { get; } = Warning("AGO3052", "No workload selector", "service '{0}' has a MetaProtocol port but no workload selector, so no inbound filter is generated; add spec.workloadSelector.labels (ServiceEntry) or spec.selector (Service)");

    public static DiagnosticDescriptor ServiceAddressUnknown { get; } = Warning("AGO3053", "Service address unknown", "the ClusterIP of Service '{0}' is unknown, so no outbound filter is generated for it; add spec.clusterIP, or run `aeraki-gitops discover` to record it in aeraki-gitops.lock.yaml");

    public static DiagnosticDescriptor AddressInvalid { get; } = Error("AGO3055", "Address is not an IP address", "address '{0}' of {1} is not {2}; Istio and Kubernetes reject it, and listener and EnvoyFilter names are built from it");

    public static DiagnosticDescriptor ServiceHostInvalid { get; } = Error("AGO3056", "Service host is not a fully qualified name", "host '{0}' is not a fully qualified domain name: {1}; the filters, route configs and output files of a service with managed ports are named after its host");

    public static DiagnosticDescriptor CidrAddressWithoutFilter { get; } = Warning("AGO3057", "CIDR address gets no outbound filter", "address '{0}' of {1} is a CIDR block: Istio serves it on the wildcard listener of each port (0.0.0.0_<port>), shared with other services, so no outbound filter is generated for it; list the service's IP addresses instead if its {2} traffic should go through the filter");

    public static DiagnosticDescriptor HeadlessService { get; } = Warning("AGO3054", "Headless Service", "Service '{0}' is headless (clusterIP: None), so no outbound filter is generated for its {1} port(s); give it a ClusterIP if clients should go through the proxy filter");
}
