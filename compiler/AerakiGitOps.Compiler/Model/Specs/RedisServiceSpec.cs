using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>A RedisService (redis.aeraki.io/v1alpha1): how clients of the listed hosts are proxied.</summary>
public sealed record RedisServiceSpec(
    PolicyDocument Source,
    ImmutableArray<string> Hosts,
    RedisSettingsSpec? Settings,
    ImmutableArray<RedisRouteSpec> Routes,
    ImmutableArray<RedisFaultSpec> Faults);
