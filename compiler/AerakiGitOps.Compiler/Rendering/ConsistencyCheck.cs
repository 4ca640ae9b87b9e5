using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Rendering.Manifests;

namespace AerakiGitOps.Compiler.Rendering;

/// <summary>
/// Checks the rendered output as a whole: every object has a name and namespace Kubernetes accepts (which also
/// keeps every output path inside its folder), no two objects land in one file, and every route config an
/// EnvoyFilter subscribes to is in the snapshot (or the proxy would wait for it forever).
/// </summary>
public static class ConsistencyCheck
{
    /// <summary>The checks are independent and each walks every manifest: they run side by side (the bag is thread-safe and sorts).</summary>
    public static void Run(RenderedPolicy rendered, DiagnosticBag diagnostics)
        => Parallel.Invoke(
            () => ReportInvalidNames(rendered.Manifests, diagnostics),
            () => ReportDuplicatePaths(rendered.Manifests, diagnostics),
            () => ReportMissingRouteConfigs(rendered, diagnostics));

    private static void ReportMissingRouteConfigs(RenderedPolicy rendered, DiagnosticBag diagnostics)
    {
        var served = new HashSet<string>(rendered.RouteConfigs.Count, StringComparer.Ordinal);
        foreach (var config in rendered.RouteConfigs)
        {
            served.Add(config.Name);
        }

        foreach (var manifest in rendered.Manifests)
        {
            if (manifest.Kind != "EnvoyFilter")
            {
                continue;
            }

            foreach (var name in manifest.SubscribedRouteConfigs)
            {
                if (served.Contains(name))
                {
                    continue;
                }

                var separator = name.LastIndexOf('_');
                diagnostics.Report(DiagnosticCatalog.MissingRouteConfig, SourceLocation.OfFile(manifest.SourceFiles.LastOrDefault() ?? string.Empty),
                    $"EnvoyFilter {manifest.Namespace}/{manifest.Name}", name, name[(separator + 1)..], name[..separator]);
            }
        }
    }

    private static void ReportInvalidNames(IReadOnlyList<RenderedManifest> manifests, DiagnosticBag diagnostics)
    {
        foreach (var manifest in manifests)
        {
            if (manifest.NameProblem is { } problem)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidObjectName, SourceLocation.OfFile(manifest.SourceFiles.FirstOrDefault() ?? string.Empty),
                    manifest.Kind, manifest.Namespace, manifest.Name, problem);
            }
        }
    }

    /// <summary>One report per output path that several manifests map to: its first two, in the order the paths first occur.</summary>
    private static void ReportDuplicatePaths(IReadOnlyList<RenderedManifest> manifests, DiagnosticBag diagnostics)
    {
        var secondByFirst = IsSortedByPath(manifests) ? AdjacentDuplicates(manifests) : Duplicates(manifests);
        foreach (var (firstIndex, secondIndex) in secondByFirst.OrderBy(d => d.Key))
        {
            var (first, second) = (manifests[firstIndex], manifests[secondIndex]);
            diagnostics.Report(DiagnosticCatalog.DuplicateOutput, SourceLocation.OfFile(second.SourceFiles.FirstOrDefault() ?? string.Empty),
                first.Kind, first.Namespace, first.Name, string.Join(", ", first.SourceFiles), string.Join(", ", second.SourceFiles));
        }
    }

    /// <summary>The renderer sorts manifests by path, so duplicates sit side by side: one pass, no table of every path.</summary>
    private static bool IsSortedByPath(IReadOnlyList<RenderedManifest> manifests)
    {
        for (var i = 1; i < manifests.Count; i++)
        {
            if (string.CompareOrdinal(manifests[i - 1].Path, manifests[i].Path) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<int, int> AdjacentDuplicates(IReadOnlyList<RenderedManifest> manifests)
    {
        var secondByFirst = new Dictionary<int, int>();
        for (var i = 1; i < manifests.Count; i++)
        {
            if (string.Equals(manifests[i - 1].Path, manifests[i].Path, StringComparison.Ordinal) && (i < 2 || !string.Equals(manifests[i - 2].Path, manifests[i].Path, StringComparison.Ordinal)))
            {
                secondByFirst.Add(i - 1, i);
            }
        }

        return secondByFirst;
    }

    private static Dictionary<int, int> Duplicates(IReadOnlyList<RenderedManifest> manifests)
    {
        var firstByPath = new Dictionary<string, int>(manifests.Count, StringComparer.Ordinal);
        var secondByFirst = new Dictionary<int, int>();
        for (var i = 0; i < manifests.Count; i++)
        {
            if (!firstByPath.TryAdd(manifests[i].Path, i))
            {
                secondByFirst.TryAdd(firstByPath[manifests[i].Path], i);
            }
        }

        return secondByFirst;
    }
}
