using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Validation.Support;

/// <summary>A destination of a MetaRouter and what it is ("destination" of a route entry, or "mirror").</summary>
internal sealed record LocatedDestination(DestinationSpec Destination, string What);

/// <summary>Every destination a MetaRouter sends traffic to: each route entry's destination and each mirror.</summary>
internal static class MetaRouterDestinations
{
    public static IEnumerable<LocatedDestination> All(MetaRouterSpec router)
    {
        foreach (var route in router.Routes)
        {
            foreach (var entry in route.Route)
            {
                if (entry.Destination is { } destination)
                {
                    yield return new LocatedDestination(destination, "destination");
                }
            }

            if (route.Mirror is { } mirror)
            {
                yield return new LocatedDestination(mirror, "mirror");
            }
        }
    }
}
