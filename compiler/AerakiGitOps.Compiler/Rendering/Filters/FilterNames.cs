namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>Aeraki's object names, kept so that existing dashboards and runbooks still find them.</summary>
public static class FilterNames
{
    /// <summary>
    /// Aeraki's name for IPv4 addresses. An IPv6 address would put ':' into the object name, which Kubernetes rejects
    /// (Aeraki's own filter for such an address cannot be created): ':' becomes '-' and hex digits lower case, so the
    /// name stays valid and distinct per address. ('/' is treated the same, though CIDR blocks get no outbound filter.)
    /// </summary>
    public static string Outbound(string host, string address, uint port) => $"aeraki-outbound-{host}-{NameSafe(address)}-{port}";

    private static string NameSafe(string address)
        => address.AsSpan().IndexOfAny(':', '/') < 0 && !address.Any(char.IsAsciiLetterUpper)
            ? address
            : address.ToLowerInvariant().Replace(':', '-').Replace('/', '-');

    public static string Inbound(string host, uint port) => $"aeraki-inbound-{host}-{port}";

    public static string Gateway(string gateway, string gatewayNamespace, uint port) => $"aeraki-gateway-outbound-{gateway}.{gatewayNamespace}-{port}";

    public static string GatewayVirtualService(string gateway, string gatewayNamespace, uint port) => $"aeraki-vs-{gatewayNamespace}.{gateway}-{port}";
}
