namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>One Dubbo route: a method-name matcher, header matchers (all must match) and the action.</summary>
public sealed record DubboRouteView(StringMatcherView Method, IReadOnlyList<HeaderMatcherView> Headers, RouteActionView Action);
