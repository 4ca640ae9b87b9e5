using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model.Binding;

/// <summary>Binds a MetaRouter document to <see cref="MetaRouterSpec"/>, keeping positions for the rules.</summary>
internal static class MetaRouterBinder
{
    public static MetaRouterSpec Bind(PolicyDocument document)
    {
        var spec = document.Root.Map("spec");
        return new MetaRouterSpec(
            document,
            spec.Strings("hosts"),
            spec.Strings("gateways"),
            spec.Maps("routes").Select(BindRoute).ToImmutableArray(),
            spec.Map("localRateLimit") is { } local ? BindLocal(local) : null,
            spec.Map("globalRateLimit") is { } global ? BindGlobal(global) : null,
            spec.Strings("exportTo"));
    }

    public static MatchSpec? BindMatch(YMapping? match)
    {
        if (match is null)
        {
            return null;
        }

        var attributes = match.Map("attributes")?.Entries.Select(BindAttribute).ToImmutableArray() ?? [];
        return new MatchSpec(attributes, match.At);
    }

    private static AttributeMatchSpec BindAttribute(YEntry entry)
    {
        var value = entry.Value as YMapping;
        StringMatchSpec match;
        if (value is null)
        {
            match = new StringMatchSpec(StringMatchKind.Present, string.Empty, entry.Value.At);
        }
        else if (value.Str("exact") is { } exact)
        {
            match = new StringMatchSpec(StringMatchKind.Exact, exact, value.At("exact"));
        }
        else if (value.Str("prefix") is { } prefix)
        {
            match = new StringMatchSpec(StringMatchKind.Prefix, prefix, value.At("prefix"));
        }
        else if (value.Str("regex") is { } regex)
        {
            match = regex == "*"
                ? new StringMatchSpec(StringMatchKind.Present, string.Empty, value.At("regex"))
                : new StringMatchSpec(StringMatchKind.Regex, regex, value.At("regex"));
        }
        else
        {
            match = new StringMatchSpec(StringMatchKind.Unset, string.Empty, value.At);
        }

        return new AttributeMatchSpec(entry.Key.Value, match, entry.Key.At);
    }

    private static MetaRouteSpec BindRoute(YMapping route) => new(
        route.Str("name") ?? string.Empty,
        BindMatch(route.Map("match")),
        route.Maps("route").Select(d => new WeightedDestinationSpec(BindDestination(d.Map("destination")), d.UInt("weight"), d.At)).ToImmutableArray(),
        BindDestination(route.Map("mirror")),
        route.Map("mirrorPercentage").Number("value"),
        BindMutations(route, "requestMutation"),
        BindMutations(route, "responseMutation"),
        route.At);

    private static DestinationSpec? BindDestination(YMapping? destination) => destination is null
        ? null
        : new DestinationSpec(
            destination.Str("host") ?? string.Empty,
            destination.Str("subset") ?? string.Empty,
            destination.Map("port").UInt("number") ?? 0,
            destination.At);

    private static ImmutableArray<KeyValueSpec> BindMutations(YMapping route, string key)
        => route.Maps(key).Select(m => new KeyValueSpec(m.Str("key") ?? string.Empty, m.Str("value") ?? string.Empty, m.At)).ToImmutableArray();

    private static TokenBucketSpec? BindBucket(YMapping? bucket) => bucket is null
        ? null
        : new TokenBucketSpec(bucket.UInt("maxTokens"), bucket.UInt("tokensPerFill"), bucket.Str("fillInterval"), bucket.At);

    private static LocalRateLimitSpec BindLocal(YMapping local) => new(
        BindBucket(local.Map("tokenBucket")),
        local.Maps("conditions").Select(c => new RateLimitConditionSpec(BindMatch(c.Map("match")), BindBucket(c.Map("tokenBucket")), c.At)).ToImmutableArray(),
        local.At);

    private static GlobalRateLimitSpec BindGlobal(YMapping global) => new(
        BindMatch(global.Map("match")),
        global.Str("domain") ?? string.Empty,
        global.Str("requestTimeout"),
        global.Bool("denyOnFail") ?? false,
        global.Str("rateLimitService") ?? string.Empty,
        global.Maps("descriptors").Select(d => new RateLimitDescriptorSpec(d.Str("property") ?? string.Empty, d.Str("descriptorKey") ?? string.Empty, d.At)).ToImmutableArray(),
        global.At);
}
