namespace AerakiGitOps.Compiler.Diagnostics;

// Semantic rules of the native protocol filters (AGO3500-AGO3599): Dubbo, Thrift, Redis, Dubbo authorization,
// Secret references and the services of every protocol. Every id here is declared by a rule in RuleRegistry.
public static partial class DiagnosticCatalog
{
    public static DiagnosticDescriptor DubboInterfaceMissing { get; } = Error("AGO3500", "Dubbo service without interface", "service '{0}' has a Dubbo port but no `interface` annotation, so its outbound dubbo_proxy cannot be built; add metadata.annotations.interface with the Dubbo interface, such as org.apache.dubbo.samples.basic.api.DemoService");

    public static DiagnosticDescriptor NativeWeightsNotHundred { get; } = Error("AGO3501", "Weights do not add up to 100", "the destination weights of http route {0} add up to {1}, not 100; adjust them so they total 100");

    public static DiagnosticDescriptor NativeSubsetUnknown { get; } = Error("AGO3502", "Unknown subset", "no DestinationRule for '{0}' defines subset '{1}'{2}; the {3} route would send requests to a cluster that does not exist, add the subset to a DestinationRule for that host");

    public static DiagnosticDescriptor ThriftMethodMatchUnsupported { get; } = Error("AGO3503", "Thrift method match must be exact", "Thrift routes match a method name exactly, so method.{0} cannot be used for Thrift service '{1}'; use method.exact, one match per method");

    public static DiagnosticDescriptor NativeDestinationHostIgnored { get; } = Warning("AGO3504", "Destination host is not the routed service", "destination host '{0}' is not '{1}': the {2} filter on {1}'s listener always sends to {1} (only the subset and weight are used); route to another service from that service's own VirtualService");

    public static DiagnosticDescriptor NativeRegexInvalid { get; } = Error("AGO3505", "Invalid RE2 regex", "the regex '{0}' of {1} is not valid RE2: {2} (column {3} of the pattern); Envoy would reject the filter");

    public static DiagnosticDescriptor NativeHeaderMatchUnset { get; } = Warning("AGO3506", "Header match without match type", "header '{0}' has no exact, prefix or regex, so it is ignored and any value matches; set one of them");

    public static DiagnosticDescriptor DuplicateVirtualService { get; } = Warning("AGO3507", "Two VirtualServices for one host", "host '{0}' is already routed by {1} at {2}; only that one is used for the {3} filter, merge the http routes into it");

    public static DiagnosticDescriptor NativeNoWorkloadSelector { get; } = Warning("AGO3508", "No workload selector", "service '{0}' has a {1} port but no workload selector, so no inbound filter is generated; add spec.workloadSelector.labels (ServiceEntry) or spec.selector (Service)");

    public static DiagnosticDescriptor RedisRouteHostUnknown { get; } = Error("AGO3509", "Redis route to an unknown host", "{0} host '{1}' is not a service in the policy repository; the proxy would route to a cluster that does not exist, add a Service or ServiceEntry for it or fix the host");

    public static DiagnosticDescriptor RedisHostNotRedis { get; } = Warning("AGO3510", "Redis policy for a host without a Redis port", "{0} host '{1}' is not a service with a Redis port in namespace '{2}', so this {0} has no effect; name the service's port tcp-redis (or set appProtocol: redis) and keep both objects in one namespace");

    public static DiagnosticDescriptor SecretNameEmpty { get; } = Error("AGO3511", "Secret reference without name", "auth.secret has no name; set name to the Kubernetes Secret that holds the password");

    public static DiagnosticDescriptor SecretDataSourceMissing { get; } = Error("AGO3512", "No data source for a Secret", "Secret '{0}' has no data source: MeshSettings secrets.default is none and no secrets.mappings entry names it; add a mapping with a directory (the Secret mounted into the proxy) or an environmentPrefix");

    public static DiagnosticDescriptor PlaintextSecretNotAllowed { get; } = Error("AGO3513", "Plain-text password", "a plain-text {0} is written in the policy and would be committed into the generated manifests; reference a Secret with auth.secret instead, or render with --allow-plaintext-secrets to accept it");

    public static DiagnosticDescriptor PlaintextSecret { get; } = Warning("AGO3514", "Plain-text password rendered", "a plain-text {0} is written in the policy and is rendered into the generated manifests (--allow-plaintext-secrets); reference a Secret with auth.secret instead");

    public static DiagnosticDescriptor RbacValueEmpty { get; } = Error("AGO3515", "Empty authorization value", "{0} contains an empty value, which matches nothing Istio would accept; remove it, or use \"*\" to match any value");

    public static DiagnosticDescriptor DubboPolicyWithoutService { get; } = Warning("AGO3516", "DubboAuthorizationPolicy applies to nothing", "namespace '{0}' has no Dubbo service with a workload selector, so this DubboAuthorizationPolicy has no effect; policies apply to the Dubbo services of their own namespace");

    public static DiagnosticDescriptor NativeRouteWithoutDestination { get; } = Error("AGO3517", "Route without destination", "http route {0} has no route destination, which the {1} filter needs; add route with a destination");

    public static DiagnosticDescriptor RedisFaultWithoutPercentage { get; } = Warning("AGO3518", "Redis fault without percentage", "this {0} fault of {1} has no percentage, so it is rendered with 0 % and never injected; set percentage.value (100 for every command it matches)");
}
