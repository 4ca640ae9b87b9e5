namespace AerakiGitOps.Compiler.Diagnostics;

// Route tests (AGO6xxx): reported by `aeraki-gitops test` at the failing entry of a RouteTest's spec.tests,
// never by render or validate (route tests do not change what is rendered).
public static partial class DiagnosticCatalog
{
    public static DiagnosticDescriptor RouteTestFailed { get; } = Error("AGO6001", "Route test failed", "route test '{0}' failed: expected {1}, but {2}");

    public static DiagnosticDescriptor RouteTestNoRouteConfig { get; } = Error("AGO6002", "No route config for the port", "route test '{0}': no route config for {1}:{2}; host '{1}' has MetaProtocol route configs for port(s) {3}, set request.port to one of them");

    public static DiagnosticDescriptor RouteTestUnknownHost { get; } = Error("AGO6003", "No route config for the host", "route test '{0}': no route config for {1}: no service with a MetaProtocol port has host '{1}'; use the host exactly as the service declares it (e.g. reviews.default.svc.cluster.local)");

    public static DiagnosticDescriptor RouteTestPortAmbiguous { get; } = Error("AGO6004", "Route test needs a port", "route test '{0}': host '{1}' has MetaProtocol route configs for ports {2}; set request.port to say which one the request uses");
}
