using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Rendering;

/// <summary>
/// Checks the rendered output as a whole: no two objects land in one file, and every route config an
/// EnvoyFilter subscribes to is in the snapshot (or the proxy would wait for it forever).
/// </summary>
public static class ConsistencyCheck
{
    public static void Run(RenderedPolicy rendered, DiagnosticBag diagnostics)
    {
        foreach (var group in rendered.Manifests.GroupBy(ManifestFiles.PathOf, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            var second = group.Skip(1).First();
            diagnostics.Report(DiagnosticCatalog.DuplicateOutput, SourceLocation.OfFile(second.SourceFiles.FirstOrDefault() ?? string.Empty),
                first.Kind, first.Namespace, first.Name, string.Join(", ", first.SourceFiles), string.Join(", ", second.SourceFiles));
        }

        var served = rendered.RouteConfigs.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var manifest in rendered.Manifests.Where(m => m.Kind == "EnvoyFilter"))
        {
            foreach (var name in SubscribedRouteConfigs(manifest.Content).Where(n => !served.Contains(n)))
            {
                var separator = name.LastIndexOf('_');
                diagnostics.Report(DiagnosticCatalog.MissingRouteConfig, SourceLocation.OfFile(manifest.SourceFiles.LastOrDefault() ?? string.Empty),
                    $"EnvoyFilter {manifest.Namespace}/{manifest.Name}", name, name[(separator + 1)..], name[..separator]);
            }
        }
    }

    /// <summary>Every rds.routeConfigName anywhere in the object.</summary>
    private static IEnumerable<string> SubscribedRouteConfigs(YNode node) => node switch
    {
        YMapping mapping => mapping.Entries.SelectMany(e =>
            e.Key.Value == "routeConfigName" && e.Value is YScalar scalar ? [scalar.Value] : SubscribedRouteConfigs(e.Value)),
        YSequence sequence => sequence.Items.SelectMany(SubscribedRouteConfigs),
        _ => [],
    };
}
