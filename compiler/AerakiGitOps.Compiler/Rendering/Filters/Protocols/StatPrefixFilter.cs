using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>The Envoy identity of a metrics-only network filter: its name and the type URL of its config.</summary>
public sealed record StatPrefixFilter(ProtocolKind Protocol, string FilterName, string TypeUrl)
{
    /// <summary>Kafka and ZooKeeper as Aeraki generates them, and the database filters Aeraki lacks.</summary>
    public static IReadOnlyList<StatPrefixFilter> All { get; } =
    [
        new(ProtocolKind.Kafka, "envoy.filters.network.kafka_broker", "type.googleapis.com/envoy.extensions.filters.network.kafka_broker.v3.KafkaBroker"),
        new(ProtocolKind.Zookeeper, "envoy.filters.network.zookeeper_proxy", "type.googleapis.com/envoy.extensions.filters.network.zookeeper_proxy.v3.ZooKeeperProxy"),
        new(ProtocolKind.MySql, "envoy.filters.network.mysql_proxy", "type.googleapis.com/envoy.extensions.filters.network.mysql_proxy.v3.MySQLProxy"),
        new(ProtocolKind.Mongo, "envoy.filters.network.mongo_proxy", "type.googleapis.com/envoy.extensions.filters.network.mongo_proxy.v3.MongoProxy"),
        new(ProtocolKind.Postgres, "envoy.filters.network.postgres_proxy", "type.googleapis.com/envoy.extensions.filters.network.postgres_proxy.v3alpha.PostgresProxy"),
    ];
}
