namespace AerakiGitOps.Compiler.Model;

/// <summary>
/// Aeraki's port-name rule: split on '-', the second part (case-insensitive) names the protocol and,
/// for MetaProtocol, the third part (case-sensitive) names the application protocol. A Kubernetes
/// appProtocol, when present, is read first with the same rule, or as a bare protocol name.
/// </summary>
public static class ProtocolDetector
{
    public static (ProtocolKind Protocol, string? ApplicationProtocol) Detect(string portName, string? appProtocol)
    {
        if (!string.IsNullOrEmpty(appProtocol))
        {
            var fromAppProtocol = FromName(appProtocol);
            if (fromAppProtocol.Protocol != ProtocolKind.Unsupported)
            {
                return fromAppProtocol;
            }

            var bare = Parse(appProtocol);
            if (bare is not ProtocolKind.Unsupported and not ProtocolKind.MetaProtocol)
            {
                return (bare, null);
            }
        }

        return FromName(portName);
    }

    /// <summary>Reads a port name; a MetaProtocol name without a third part yields an empty application protocol.</summary>
    public static (ProtocolKind Protocol, string? ApplicationProtocol) FromName(string name)
    {
        var parts = name.Split('-');
        if (parts.Length < 2)
        {
            return (ProtocolKind.Unsupported, null);
        }

        var protocol = Parse(parts[1]);
        if (protocol != ProtocolKind.MetaProtocol)
        {
            return (protocol, null);
        }

        return (protocol, parts.Length >= 3 ? parts[2] : string.Empty);
    }

    private static ProtocolKind Parse(string word) => word.ToLowerInvariant() switch
    {
        "metaprotocol" => ProtocolKind.MetaProtocol,
        "dubbo" => ProtocolKind.Dubbo,
        "thrift" => ProtocolKind.Thrift,
        "kafka" => ProtocolKind.Kafka,
        "zookeeper" => ProtocolKind.Zookeeper,
        "redis" => ProtocolKind.Redis,
        "mongo" => ProtocolKind.Mongo,
        "mysql" => ProtocolKind.MySql,
        "postgres" => ProtocolKind.Postgres,
        _ => ProtocolKind.Unsupported,
    };
}
