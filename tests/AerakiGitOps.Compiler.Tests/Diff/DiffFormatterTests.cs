using System.Text.Json;
using AerakiGitOps.Compiler.Diff;
using AerakiGitOps.Compiler.Diff.Formatting;
using static AerakiGitOps.Compiler.Tests.Diff.DiffPolicies;

namespace AerakiGitOps.Compiler.Tests.Diff;

public sealed class DiffFormatterTests
{
    private static readonly PolicyDiff WeightChange = PolicyDiffer.Compare(
        Compile(Split("canary", "sayHello", 80, 20) + To("default", "v1")),
        Compile(Split("canary", "sayHello", 50, 50) + To("default", "v1")));

    [Fact]
    public void Markdown_puts_the_traffic_shifts_before_the_route_configs()
    {
        var markdown = DiffFormatter.Format(WeightChange, DiffFormat.Markdown);

        Assert.StartsWith("## aeraki-gitops diff\n\n**route configs: 1 changed; routes: 1 changed**\n", markdown, StringComparison.Ordinal);
        var shifts = markdown.IndexOf("### Traffic shifts", StringComparison.Ordinal);
        var config = markdown.IndexOf($"### Route config `{RouteConfig}` (changed)", StringComparison.Ordinal);
        Assert.InRange(shifts, 0, config - 1);
        Assert.Contains("- v2 of demoservice: 20% -> 50% for method sayHello (route canary)\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_characters_that_would_format_a_policy_value()
        => Assert.Equal("batch\\[A-Z\\]\\* and a\\|b", MarkdownText.Escape("batch[A-Z]* and a|b"));

    [Fact]
    public void Markdown_fences_a_value_that_contains_a_backtick_with_a_longer_run()
        => Assert.Equal("`` a`b ``", MarkdownText.Code("a`b"));

    [Fact]
    public void Text_shows_each_changed_aspect_as_before_and_after()
    {
        var text = DiffFormatter.Format(WeightChange, DiffFormat.Text);

        Assert.Contains(
            $"  ~ route canary\n      destinations: {Cluster("v1")} 80, {Cluster("v2")} 20 (total 100) -> {Cluster("v1")} 50, {Cluster("v2")} 50 (total 100)\n",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_stable_field_names_and_numbers()
    {
        using var json = JsonDocument.Parse(DiffFormatter.Format(WeightChange, DiffFormat.Json));
        var root = json.RootElement;

        Assert.True(root.GetProperty("changed").GetBoolean());
        var shift = root.GetProperty("trafficShifts")[1];
        Assert.Equal("v2 of demoservice", shift.GetProperty("target").GetString());
        Assert.Equal(20, shift.GetProperty("beforePercent").GetDouble());
        Assert.Equal(50, shift.GetProperty("afterPercent").GetDouble());
        var route = root.GetProperty("routeConfigs")[0].GetProperty("routes")[0];
        Assert.Equal("destinations", route.GetProperty("aspects")[0].GetString());
        Assert.Equal(80u, route.GetProperty("base").GetProperty("weightedClusters")[0].GetProperty("weight").GetUInt32());
    }

    [Fact]
    public void No_difference_prints_one_sentence_in_every_format()
    {
        var diff = new PolicyDiff();

        Assert.Equal("aeraki-gitops diff: no difference\n", DiffFormatter.Format(diff, DiffFormat.Text));
        Assert.EndsWith("No difference in routes or generated objects.\n", DiffFormatter.Format(diff, DiffFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains("\"changed\": false", DiffFormatter.Format(diff, DiffFormat.Json), StringComparison.Ordinal);
    }
}
