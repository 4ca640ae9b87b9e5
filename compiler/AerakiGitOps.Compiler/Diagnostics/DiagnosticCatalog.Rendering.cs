namespace AerakiGitOps.Compiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static DiagnosticDescriptor TemplateSyntax { get; } = Error("AGO4001", "Template syntax error", "template error: {0}");

    public static DiagnosticDescriptor TemplateRender { get; } = Error("AGO4002", "Template rendering failed", "rendering {0} {1} failed: {2}");

    public static DiagnosticDescriptor RenderedManifestInvalid { get; } = Error("AGO4003", "Rendered manifest is not valid", "the manifest rendered for {0} {1} does not parse back: {2}");

    public static DiagnosticDescriptor DuplicateOutput { get; } = Error("AGO4004", "Two outputs with one name", "{0} {1}/{2} would be generated twice (from {3} and {4}); rename one of the sources");

    public static DiagnosticDescriptor InvalidObjectName { get; } = Error("AGO4006", "Object name Kubernetes rejects", "{0} {1}/{2} would be generated, but Kubernetes rejects it: {3}; names are at most 253 lower-case letters, digits, '-' and '.', namespaces at most 63 lower-case letters, digits and '-'. Change the source it comes from");

    public static DiagnosticDescriptor MissingRouteConfig { get; } = Warning("AGO4005", "Filter subscribes to a route config nobody serves", "{0} subscribes to route config '{1}', but no service has MetaProtocol port {2} for host '{3}'; the proxy would wait for routes forever. Add the port to the service or route the gateway to an existing port");

    public static DiagnosticDescriptor InternalError { get; } = Error("AGO9001", "Internal error", "internal error: {0}; please report it");
}
