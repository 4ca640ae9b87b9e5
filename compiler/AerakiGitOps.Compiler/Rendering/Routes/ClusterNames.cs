namespace AerakiGitOps.Compiler.Rendering.Routes;

/// <summary>Istio subset keys, the cluster names every Aeraki filter and route uses: direction|port|subset|host.</summary>
public static class ClusterNames
{
    public static string Outbound(uint port, string subset, string host) => $"outbound|{port}|{subset}|{host}";

    public static string Outbound(uint port, string host) => Outbound(port, string.Empty, host);

    /// <summary>Inbound clusters ignore the host.</summary>
    public static string Inbound(uint port) => $"inbound|{port}||";

    /// <summary>The RDS resource name of a service port: host_port.</summary>
    public static string RouteConfig(string host, uint port) => $"{host}_{port}";
}
