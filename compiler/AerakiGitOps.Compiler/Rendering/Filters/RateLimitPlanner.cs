using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Rendering.Routes;

namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>MetaRouter rate limits as inbound filter views (validated by the rules before rendering).</summary>
internal static class RateLimitPlanner
{
    public static LocalRateLimitView? Local(MetaRouterSpec? router)
    {
        if (router?.LocalRateLimit is not { } local)
        {
            return null;
        }

        var conditions = local.Conditions
            .Where(c => c.TokenBucket is not null)
            .Select(c => new RateLimitConditionView(Matchers(c.Match), Bucket(c.TokenBucket!)))
            .ToList();
        return new LocalRateLimitView(router.Host, local.TokenBucket is { } bucket ? Bucket(bucket) : null, conditions);
    }

    public static GlobalRateLimitView? Global(MetaRouterSpec? router)
    {
        if (router?.GlobalRateLimit is not { } global)
        {
            return null;
        }

        return new GlobalRateLimitView(
            Matchers(global.Match),
            global.Domain,
            DurationText.ToProtoJson(global.RequestTimeout) ?? "0s",
            global.DenyOnFail,
            global.RateLimitService,
            global.Descriptors.Select(d => new RateLimitDescriptorView(d.Property, d.DescriptorKey)).ToList());
    }

    /// <summary>The same sorted matchers RDS uses, in the view's string form.</summary>
    public static IReadOnlyList<HeaderMatcherView> Matchers(MatchSpec? match)
        => HeaderMatchers.From(match).Select(m => m.HeaderMatchSpecifierCase switch
        {
            Envoy.Config.Route.V3.HeaderMatcher.HeaderMatchSpecifierOneofCase.ExactMatch => new HeaderMatcherView(m.Name, "exact", m.ExactMatch),
            Envoy.Config.Route.V3.HeaderMatcher.HeaderMatchSpecifierOneofCase.PrefixMatch => new HeaderMatcherView(m.Name, "prefix", m.PrefixMatch),
            Envoy.Config.Route.V3.HeaderMatcher.HeaderMatchSpecifierOneofCase.SafeRegexMatch => new HeaderMatcherView(m.Name, "regex", m.SafeRegexMatch.Regex),
            _ => new HeaderMatcherView(m.Name, "present", string.Empty),
        }).ToList();

    private static TokenBucketView Bucket(TokenBucketSpec bucket)
        => new(bucket.MaxTokens ?? 0, bucket.TokensPerFill is > 0 ? bucket.TokensPerFill : null, DurationText.ToProtoJson(bucket.FillInterval) ?? "0s");
}
