using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Validation.Rules.RateLimits;

/// <summary>localRateLimit has a tokenBucket or conditions, and each condition a match and a tokenBucket (Aeraki's webhook).</summary>
internal sealed class LocalRateLimitRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticCatalog.LocalRateLimitEmpty, DiagnosticCatalog.ConditionMatchMissing, DiagnosticCatalog.ConditionTokenBucketMissing];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        if (router.LocalRateLimit is not { } limit)
        {
            return;
        }

        if (limit.TokenBucket is null && limit.Conditions.IsDefaultOrEmpty)
        {
            diagnostics.Report(DiagnosticCatalog.LocalRateLimitEmpty, limit.At);
        }

        foreach (var condition in limit.Conditions)
        {
            if (condition.Match is null)
            {
                diagnostics.Report(DiagnosticCatalog.ConditionMatchMissing, condition.At);
            }

            if (condition.TokenBucket is null)
            {
                diagnostics.Report(DiagnosticCatalog.ConditionTokenBucketMissing, condition.At);
            }
        }
    }
}
