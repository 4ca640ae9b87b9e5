using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Validation.Support;

/// <summary>One attribute match of a MetaRouter with a description of where it sits.</summary>
internal sealed record LocatedMatch(MatchSpec Match, string Where);

/// <summary>Every attribute match of a MetaRouter: routes, the global rate limit and local rate limit conditions.</summary>
internal static class MetaRouterMatches
{
    public static IEnumerable<LocatedMatch> All(MetaRouterSpec router)
    {
        for (var i = 0; i < router.Routes.Length; i++)
        {
            if (router.Routes[i].Match is { } match)
            {
                yield return new LocatedMatch(match, RouteNames.Of(router.Routes[i], i));
            }
        }

        if (router.GlobalRateLimit?.Match is { } global)
        {
            yield return new LocatedMatch(global, "globalRateLimit");
        }

        var conditions = router.LocalRateLimit?.Conditions ?? [];
        for (var i = 0; i < conditions.Length; i++)
        {
            if (conditions[i].Match is { } match)
            {
                yield return new LocatedMatch(match, $"localRateLimit.conditions[{i}]");
            }
        }
    }
}
