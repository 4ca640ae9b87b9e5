using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.RateLimits;

/// <summary>
/// globalRateLimit has a domain, a rate limit service, descriptors with key and property (Aeraki's webhook)
/// and a valid requestTimeout (not checked by Aeraki, but its generator dereferences it).
/// </summary>
internal sealed class GlobalRateLimitRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
    [
        DiagnosticCatalog.GlobalRateLimitDomainEmpty, DiagnosticCatalog.GlobalRateLimitServiceEmpty, DiagnosticCatalog.GlobalRateLimitTimeoutMissing,
        DiagnosticCatalog.GlobalRateLimitNoDescriptors, DiagnosticCatalog.GlobalRateLimitDescriptorKeyEmpty,
        DiagnosticCatalog.GlobalRateLimitDescriptorPropertyEmpty, DiagnosticCatalog.InvalidDuration,
    ];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        if (router.GlobalRateLimit is not { } limit)
        {
            return;
        }

        var document = router.Source;
        if (limit.Domain.Length == 0)
        {
            diagnostics.Report(DiagnosticCatalog.GlobalRateLimitDomainEmpty, YamlLocator.FieldAt(document, limit.At, "domain"));
        }

        if (limit.RateLimitService.Length == 0)
        {
            diagnostics.Report(DiagnosticCatalog.GlobalRateLimitServiceEmpty, YamlLocator.FieldAt(document, limit.At, "rateLimitService"));
        }

        if (limit.RequestTimeout is null)
        {
            diagnostics.Report(DiagnosticCatalog.GlobalRateLimitTimeoutMissing, limit.At);
        }
        else if (!Durations.IsPositive(limit.RequestTimeout))
        {
            diagnostics.Report(DiagnosticCatalog.InvalidDuration, YamlLocator.FieldAt(document, limit.At, "requestTimeout"), "globalRateLimit.requestTimeout", limit.RequestTimeout);
        }

        if (limit.Descriptors.IsDefaultOrEmpty)
        {
            diagnostics.Report(DiagnosticCatalog.GlobalRateLimitNoDescriptors, YamlLocator.FieldAt(document, limit.At, "descriptors"));
        }

        foreach (var descriptor in limit.Descriptors)
        {
            if (descriptor.DescriptorKey.Length == 0)
            {
                diagnostics.Report(DiagnosticCatalog.GlobalRateLimitDescriptorKeyEmpty, YamlLocator.FieldAt(document, descriptor.At, "descriptorKey"));
            }

            if (descriptor.Property.Length == 0)
            {
                diagnostics.Report(DiagnosticCatalog.GlobalRateLimitDescriptorPropertyEmpty, YamlLocator.FieldAt(document, descriptor.At, "property"));
            }
        }
    }
}
