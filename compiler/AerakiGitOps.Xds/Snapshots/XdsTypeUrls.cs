namespace AerakiGitOps.Xds.Snapshots;

/// <summary>The type URLs this server knows.</summary>
public static class XdsTypeUrls
{
    /// <summary>
    /// The only type served. The MetaProtocol proxy reuses Envoy's HTTP route type on purpose and
    /// converts it on arrival.
    /// </summary>
    public const string RouteConfiguration = "type.googleapis.com/envoy.config.route.v3.RouteConfiguration";
}
