namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>An Envoy StringMatcher as a template sees it: kind is exact, prefix, suffix or regex (RE2).</summary>
public sealed record StringMatcherView(string Kind, string Value)
{
    /// <summary>Matches everything: Aeraki's default Dubbo method match.</summary>
    public static StringMatcherView AnyRegex { get; } = new("regex", ".*");
}
