using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.RateLimits;

/// <summary>
/// Every token bucket has a valid fillInterval, tokensPerFill &gt; 0 and maxTokens &gt; 0 (Aeraki's webhook;
/// its generator dereferences fillInterval and tokensPerFill).
/// </summary>
internal sealed class TokenBucketRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
    [
        DiagnosticCatalog.FillIntervalMissing, DiagnosticCatalog.InvalidDuration, DiagnosticCatalog.TokensPerFillMissing,
        DiagnosticCatalog.TokensPerFillZero, DiagnosticCatalog.MaxTokensZero,
    ];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        var limit = router.LocalRateLimit;
        var buckets = new[] { limit?.TokenBucket }.Concat((limit?.Conditions ?? []).Select(c => c.TokenBucket)).OfType<TokenBucketSpec>();
        foreach (var bucket in buckets)
        {
            CheckBucket(router, bucket, diagnostics);
        }
    }

    private static void CheckBucket(MetaRouterSpec router, TokenBucketSpec bucket, DiagnosticBag diagnostics)
    {
        if (bucket.FillInterval is null)
        {
            diagnostics.Report(DiagnosticCatalog.FillIntervalMissing, bucket.At);
        }
        else if (!Durations.IsPositive(bucket.FillInterval))
        {
            diagnostics.Report(DiagnosticCatalog.InvalidDuration, YamlLocator.FieldAt(router.Source, bucket.At, "fillInterval"), "tokenBucket.fillInterval", bucket.FillInterval);
        }

        if (bucket.TokensPerFill is null)
        {
            diagnostics.Report(DiagnosticCatalog.TokensPerFillMissing, bucket.At);
        }
        else if (bucket.TokensPerFill == 0)
        {
            diagnostics.Report(DiagnosticCatalog.TokensPerFillZero, YamlLocator.FieldAt(router.Source, bucket.At, "tokensPerFill"));
        }

        if (bucket.MaxTokens is null or 0)
        {
            diagnostics.Report(DiagnosticCatalog.MaxTokensZero, YamlLocator.FieldAt(router.Source, bucket.At, "maxTokens"));
        }
    }
}
