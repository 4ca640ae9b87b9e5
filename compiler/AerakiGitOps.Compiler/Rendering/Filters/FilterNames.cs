namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>Aeraki's object names, kept so that existing dashboards and runbooks still find them.</summary>
public static class FilterNames
{
    public static string Outbound(string host, string address, uint port) => $"aeraki-outbound-{host}-{address}-{port}";

    public static string Inbound(string host, uint port) => $"aeraki-inbound-{host}-{port}";

    public static string Gateway(string gateway, string gatewayNamespace, uint port) => $"aeraki-gateway-outbound-{gateway}.{gatewayNamespace}-{port}";

    public static string GatewayVirtualService(string gateway, string gatewayNamespace, uint port) => $"aeraki-vs-{gatewayNamespace}.{gateway}-{port}";
}
