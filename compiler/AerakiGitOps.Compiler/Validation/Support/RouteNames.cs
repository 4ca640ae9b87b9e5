using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Validation.Support;

/// <summary>How diagnostics name a MetaRouter route: its index in spec.routes and its name when it has one.</summary>
internal static class RouteNames
{
    public static string Of(MetaRouteSpec route, int index)
        => route.Name.Length > 0 ? $"routes[{index}] '{route.Name}'" : $"routes[{index}]";
}
