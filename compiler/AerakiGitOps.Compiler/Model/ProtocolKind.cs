namespace AerakiGitOps.Compiler.Model;

/// <summary>The layer-7 protocol of a service port, as Aeraki detects it from the port name.</summary>
public enum ProtocolKind
{
    Unsupported,
    MetaProtocol,
    Dubbo,
    Thrift,
    Kafka,
    Zookeeper,
    Redis,
    Mongo,
    MySql,
    Postgres,
}
