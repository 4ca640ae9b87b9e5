using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model.Binding;

/// <summary>Binds the VirtualService fields the native Dubbo and Thrift filters use: hosts, http[].name/match/route.</summary>
internal static class VirtualServiceBinder
{
    public static VirtualServiceSpec Bind(PolicyDocument document)
    {
        var spec = document.Root.Map("spec");
        return new VirtualServiceSpec(document, spec.Strings("hosts"), spec.Maps("http").Select(BindRoute).ToImmutableArray());
    }

    private static HttpRouteSpec BindRoute(YMapping route) => new(
        route.Str("name") ?? string.Empty,
        route.Maps("match").Select(BindMatch).ToImmutableArray(),
        route.Maps("route").Select(d => new WeightedDestinationSpec(BindDestination(d.Map("destination")), d.UInt("weight"), d.At)).ToImmutableArray(),
        route.At);

    private static HttpMatchSpec BindMatch(YMapping match)
    {
        var headers = match.Map("headers")?.Entries
            .Select(e => new AttributeMatchSpec(e.Key.Value, BindStringMatch(e.Value as YMapping) ?? new StringMatchSpec(StringMatchKind.Unset, string.Empty, e.Value.At), e.Key.At))
            .ToImmutableArray() ?? [];
        return new HttpMatchSpec(BindStringMatch(match.Map("method")), headers, match.At);
    }

    /// <summary>An Istio StringMatch (exact, prefix or regex); a mapping with none of them reads as Unset.</summary>
    private static StringMatchSpec? BindStringMatch(YMapping? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Str("exact") is { } exact)
        {
            return new StringMatchSpec(StringMatchKind.Exact, exact, value.At("exact"));
        }

        if (value.Str("prefix") is { } prefix)
        {
            return new StringMatchSpec(StringMatchKind.Prefix, prefix, value.At("prefix"));
        }

        return value.Str("regex") is { } regex
            ? new StringMatchSpec(StringMatchKind.Regex, regex, value.At("regex"))
            : new StringMatchSpec(StringMatchKind.Unset, string.Empty, value.At);
    }

    private static DestinationSpec? BindDestination(YMapping? destination) => destination is null
        ? null
        : new DestinationSpec(
            destination.Str("host") ?? string.Empty,
            destination.Str("subset") ?? string.Empty,
            destination.Map("port").UInt("number") ?? 0,
            destination.At);
}
