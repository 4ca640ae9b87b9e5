namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>A token bucket with its fill interval already in protobuf JSON form.</summary>
public sealed record TokenBucketView(uint MaxTokens, uint? TokensPerFill, string FillInterval);

/// <summary>A conditional token bucket.</summary>
public sealed record RateLimitConditionView(IReadOnlyList<HeaderMatcherView> Match, TokenBucketView TokenBucket);

/// <summary>aeraki.meta_protocol.filters.local_ratelimit configuration.</summary>
public sealed record LocalRateLimitView(string StatPrefix, TokenBucketView? TokenBucket, IReadOnlyList<RateLimitConditionView> Conditions);

/// <summary>A global rate limit descriptor.</summary>
public sealed record RateLimitDescriptorView(string Property, string DescriptorKey);

/// <summary>aeraki.meta_protocol.filters.ratelimit configuration.</summary>
public sealed record GlobalRateLimitView(
    IReadOnlyList<HeaderMatcherView> Match,
    string Domain,
    string Timeout,
    bool FailureModeDeny,
    string RateLimitServiceCluster,
    IReadOnlyList<RateLimitDescriptorView> Descriptors);
