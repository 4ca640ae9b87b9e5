using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Rendering.Manifests;

/// <summary>The route configs an EnvoyFilter makes its proxies subscribe to: every <c>routeConfigName</c> in it.</summary>
internal static class RouteConfigSubscriptions
{
    private const string RouteConfigNameKey = "routeConfigName";

    /// <summary>Every routeConfigName anywhere in the object, in document order.</summary>
    public static string[] Of(YNode content)
    {
        var names = new List<string>();
        Collect(content, names);
        return names.Count == 0 ? [] : [.. names];
    }

    private static void Collect(YNode node, List<string> names)
    {
        switch (node)
        {
            case YMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Key.Value == RouteConfigNameKey && entry.Value is YScalar scalar)
                    {
                        names.Add(scalar.Value);
                    }
                    else
                    {
                        Collect(entry.Value, names);
                    }
                }

                break;
            case YSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Collect(item, names);
                }

                break;
        }
    }
}
