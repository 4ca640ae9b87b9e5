using System.Text;

namespace AerakiGitOps.Compiler.Diff.Formatting;

/// <summary>
/// Plain text: a summary line, the traffic shifts, each route config with its routes (`+` added, `-` removed,
/// `~` changed, with `aspect: before -> after` lines), then the generated objects with their changed paths.
/// </summary>
internal static class TextDiffFormatter
{
    public static string Format(PolicyDiff diff)
    {
        var text = new StringBuilder();
        Line(text, $"aeraki-gitops diff: {diff.Summary}");
        if (diff.BaseCommit is not null || diff.HeadCommit is not null)
        {
            Line(text, $"base {Short(diff.BaseCommit)}, head {Short(diff.HeadCommit)}");
        }

        if (!diff.TrafficShifts.IsEmpty)
        {
            Line(text, string.Empty);
            Line(text, "Traffic shifts:");
            foreach (var shift in diff.TrafficShifts)
            {
                Line(text, $"  {shift.Sentence}");
            }
        }

        foreach (var config in diff.RouteConfigs)
        {
            Line(text, string.Empty);
            Line(text, $"Route config {config.Name}: {Word(config.Change)}");
            foreach (var route in config.Routes)
            {
                Route(text, route);
            }
        }

        if (!diff.Manifests.IsEmpty)
        {
            Line(text, string.Empty);
            Line(text, "Manifests:");
            foreach (var manifest in diff.Manifests)
            {
                Line(text, $"  {Sign(manifest.Change)} {manifest.DisplayName}");
                foreach (var path in manifest.Paths)
                {
                    Line(text, $"      {path}");
                }
            }
        }

        return text.ToString();
    }

    private static void Route(StringBuilder text, RouteDiff route)
    {
        switch (route.Change)
        {
            case ChangeKind.Added:
                Line(text, $"  + route {route.DisplayName} at position {route.Head!.Index + 1}");
                foreach (var aspect in RouteText.SetAspects(route.Head))
                {
                    Line(text, $"      {RouteText.AspectName(aspect)}: {RouteText.Value(route.Head, aspect)}");
                }

                break;
            case ChangeKind.Removed:
                Line(text, $"  - route {route.DisplayName} (was at position {route.Base!.Index + 1})");
                break;
            default:
                Line(text, $"  ~ route {route.DisplayName}");
                foreach (var aspect in route.Aspects)
                {
                    Line(text, $"      {RouteText.Change(route, aspect, "->", v => v)}");
                }

                break;
        }
    }

    internal static string Word(ChangeKind change) => change.ToString().ToLowerInvariant();

    internal static string Short(string? commit) => commit is null ? "(folder)" : commit[..Math.Min(12, commit.Length)];

    private static string Sign(ChangeKind change) => change switch
    {
        ChangeKind.Added => "+",
        ChangeKind.Removed => "-",
        _ => "~",
    };

    // LF on every OS: the output is compared byte for byte with golden files.
    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
