using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace AerakiGitOps.Xds.Snapshots;

/// <summary>
/// One served route configuration: its name, its content version and its serialized bytes.
/// Holds bytes (an immutable <see cref="ByteString"/>) rather than a mutable protobuf message, so
/// one instance can be shared by every stream without copying or locking.
/// </summary>
public sealed class XdsResource
{
    /// <summary>Creates a resource from its already serialized RouteConfiguration bytes.</summary>
    public XdsResource(string name, string version, ByteString routeConfigurationBytes)
    {
        Name = name;
        Version = version;
        Bytes = routeConfigurationBytes;
    }

    /// <summary>The route-config name (the proxy's <c>rds.routeConfigName</c>).</summary>
    public string Name { get; }

    /// <summary>SHA-256 hex of the RouteConfiguration bytes.</summary>
    public string Version { get; }

    /// <summary>The serialized RouteConfiguration.</summary>
    public ByteString Bytes { get; }

    /// <summary>A fresh <see cref="Any"/> wrapping the shared bytes (no copy of the payload).</summary>
    public Any ToAny() => new() { TypeUrl = XdsTypeUrls.RouteConfiguration, Value = Bytes };
}
