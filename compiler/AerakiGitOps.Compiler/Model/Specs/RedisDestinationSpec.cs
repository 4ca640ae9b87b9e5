using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>A RedisDestination (redis.aeraki.io/v1alpha1): the upstream cluster of one Redis host.</summary>
public sealed record RedisDestinationSpec(PolicyDocument Source, string Host, RedisConnectionPoolSpec? ConnectionPool);
