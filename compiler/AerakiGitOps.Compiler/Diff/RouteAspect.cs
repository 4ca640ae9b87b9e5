namespace AerakiGitOps.Compiler.Diff;

/// <summary>What about a route changed, in the order diffs list them.</summary>
public enum RouteAspect
{
    /// <summary>The attribute matchers (which requests the route takes).</summary>
    Match,

    /// <summary>The cluster, or the clusters of a split and their weights.</summary>
    Destinations,

    /// <summary>The request mirror: cluster and percentage.</summary>
    Mirror,

    /// <summary>The consistent-hash headers.</summary>
    HashPolicy,

    RequestMutation,

    ResponseMutation,

    /// <summary>The route moved relative to the routes both sides share (first match wins, so order matters).</summary>
    Order,

    /// <summary>A change outside the fields above (a safety net: a diff never hides a difference).</summary>
    Other,
}
