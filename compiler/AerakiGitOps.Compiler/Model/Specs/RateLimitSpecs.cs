using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>A token bucket; durations are kept as written and checked by the rules.</summary>
public sealed record TokenBucketSpec(uint? MaxTokens, uint? TokensPerFill, string? FillInterval, SourceLocation At);

/// <summary>A conditional bucket of a local rate limit.</summary>
public sealed record RateLimitConditionSpec(MatchSpec? Match, TokenBucketSpec? TokenBucket, SourceLocation At);

/// <summary>MetaRouter.localRateLimit.</summary>
public sealed record LocalRateLimitSpec(TokenBucketSpec? TokenBucket, ImmutableArray<RateLimitConditionSpec> Conditions, SourceLocation At);

/// <summary>One descriptor of a global rate limit.</summary>
public sealed record RateLimitDescriptorSpec(string Property, string DescriptorKey, SourceLocation At);

/// <summary>MetaRouter.globalRateLimit.</summary>
public sealed record GlobalRateLimitSpec(
    MatchSpec? Match,
    string Domain,
    string? RequestTimeout,
    bool DenyOnFail,
    string RateLimitService,
    ImmutableArray<RateLimitDescriptorSpec> Descriptors,
    SourceLocation At);
