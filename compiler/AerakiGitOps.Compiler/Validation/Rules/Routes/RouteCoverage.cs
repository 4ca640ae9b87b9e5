using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Validation.Rules.Routes;

/// <summary>When one route's match takes every request another's does.</summary>
internal static class RouteCoverage
{
    /// <summary>The conditions the proxy actually gets: Aeraki drops attributes with no match type.</summary>
    public static List<AttributeMatchSpec> Effective(MetaRouteSpec route)
    {
        var effective = new List<AttributeMatchSpec>(route.Match?.Attributes.Length ?? 0);
        foreach (var attribute in route.Match?.Attributes ?? [])
        {
            if (attribute.Match.Kind != StringMatchKind.Unset)
            {
                effective.Add(attribute);
            }
        }

        return effective;
    }

    /// <summary>True when every request matching <paramref name="narrow"/> also matches <paramref name="wide"/> (both non-empty or not).</summary>
    public static bool Covers(List<AttributeMatchSpec> wide, List<AttributeMatchSpec> narrow)
        => wide.All(w => narrow.Any(n => n.Name == w.Name && Covers(w.Match, n.Match)));

    /// <summary>Exact and regex conditions cover only themselves (same kind, same text): they can be looked up.</summary>
    public static bool IsEquality(StringMatchKind kind) => kind is StringMatchKind.Exact or StringMatchKind.Regex;

    private static bool Covers(StringMatchSpec wide, StringMatchSpec narrow) => wide.Kind switch
    {
        StringMatchKind.Present => true,
        StringMatchKind.Prefix => narrow.Kind is StringMatchKind.Exact or StringMatchKind.Prefix && narrow.Value.StartsWith(wide.Value, StringComparison.Ordinal),
        _ => wide.Kind == narrow.Kind && wide.Value == narrow.Value,
    };
}
