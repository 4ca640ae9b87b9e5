namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>One Thrift route: a method name (empty matches every method), header matchers and the action.</summary>
public sealed record ThriftRouteView(string MethodName, IReadOnlyList<HeaderMatcherView> Headers, RouteActionView Action);
