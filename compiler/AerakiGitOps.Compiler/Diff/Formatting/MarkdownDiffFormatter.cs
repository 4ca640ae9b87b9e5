using System.Text;

namespace AerakiGitOps.Compiler.Diff.Formatting;

/// <summary>
/// A pull-request comment: a heading, the summary line, the traffic shifts first, a bullet list per route config,
/// and the generated-object changes collapsed in a &lt;details&gt; block (they follow from the route changes and
/// are long).
/// </summary>
internal static class MarkdownDiffFormatter
{
    public static string Format(PolicyDiff diff)
    {
        var md = new StringBuilder();
        Line(md, "## aeraki-gitops diff");
        Line(md, string.Empty);
        if (diff.IsEmpty)
        {
            Line(md, "No difference in routes or generated objects.");
            return md.ToString();
        }

        Line(md, $"**{MarkdownText.Escape(diff.Summary)}**");
        if (diff.BaseCommit is not null || diff.HeadCommit is not null)
        {
            Line(md, string.Empty);
            Line(md, $"Base {MarkdownText.Code(TextDiffFormatter.Short(diff.BaseCommit))}, head {MarkdownText.Code(TextDiffFormatter.Short(diff.HeadCommit))}.");
        }

        if (!diff.TrafficShifts.IsEmpty)
        {
            Line(md, string.Empty);
            Line(md, "### Traffic shifts");
            Line(md, string.Empty);
            foreach (var shift in diff.TrafficShifts)
            {
                Line(md, $"- {MarkdownText.Escape(shift.Sentence)}");
            }
        }

        foreach (var config in diff.RouteConfigs)
        {
            Line(md, string.Empty);
            Line(md, $"### Route config {MarkdownText.Code(config.Name)} ({TextDiffFormatter.Word(config.Change)})");
            Line(md, string.Empty);
            if (config.Routes.IsEmpty)
            {
                Line(md, "- the virtual host changed (no route did)");
            }

            foreach (var route in config.Routes)
            {
                Route(md, route);
            }
        }

        if (!diff.Manifests.IsEmpty)
        {
            Manifests(md, diff);
        }

        return md.ToString();
    }

    private static void Route(StringBuilder md, RouteDiff route)
    {
        var name = MarkdownText.Code(route.DisplayName);
        switch (route.Change)
        {
            case ChangeKind.Added:
                Line(md, $"- **added** {name} at position {route.Head!.Index + 1}");
                foreach (var aspect in RouteText.SetAspects(route.Head))
                {
                    Line(md, $"  - {RouteText.AspectName(aspect)}: {MarkdownText.Code(RouteText.Value(route.Head, aspect))}");
                }

                break;
            case ChangeKind.Removed:
                Line(md, $"- **removed** {name} (was at position {route.Base!.Index + 1})");
                break;
            default:
                Line(md, $"- **changed** {name}");
                foreach (var aspect in route.Aspects)
                {
                    Line(md, $"  - {RouteText.Change(route, aspect, "→", MarkdownText.Code)}");
                }

                break;
        }
    }

    private static void Manifests(StringBuilder md, PolicyDiff diff)
    {
        Line(md, string.Empty);
        Line(md, "<details>");
        Line(md, $"<summary>EnvoyFilters and other generated objects ({diff.Manifests.Length})</summary>");
        Line(md, string.Empty);
        foreach (var manifest in diff.Manifests)
        {
            var where = manifest.Namespace.Length == 0 ? manifest.Name : $"{manifest.Namespace}/{manifest.Name}";
            Line(md, $"- **{TextDiffFormatter.Word(manifest.Change)}** {manifest.Kind} {MarkdownText.Code(where)}");
            foreach (var path in manifest.Paths)
            {
                Line(md, $"  - {MarkdownText.Code(path)}");
            }
        }

        Line(md, string.Empty);
        Line(md, "</details>");
    }

    private static void Line(StringBuilder md, string line) => md.Append(line).Append('\n');
}
