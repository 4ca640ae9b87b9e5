using System.Text;
using System.Text.RegularExpressions;

namespace AerakiGitOps.Compiler.Tests.Validation;

/// <summary>
/// The indexed unreachable-route analysis against the plain definition, written here on its own: route L is
/// reported against the first earlier route E that has no conditions, or whose every condition some condition
/// of L with the same attribute satisfies (present: any; prefix: an exact or prefix of L starting with it;
/// exact and regex: the same kind and text). Random routers mix every kind of condition on a few attributes.
/// </summary>
public sealed partial class UnreachableRouteDifferentialTests
{
    private static readonly string[] Attributes = ["method", "service", "version", "zone", "tenant", "shard", "region", "lane", "tier", "cell"];
    private static readonly string[] Values = ["a", "ab", "abc", "b"];
    private static readonly string[] Kinds = ["exact", "prefix", "regex", "present", "unset"];

    private sealed record Condition(string Attribute, string Kind, string Value);

    [Theory]
    [InlineData(1, 40, 3, 0.33)]
    [InlineData(2, 60, 4, 0.33)]
    [InlineData(3, 80, 2, 0.5)]
    [InlineData(4, 30, 10, 0.33)]
    [InlineData(5, 30, 10, 0.95)] // routes with more equality conditions than the analysis enumerates subsets of
    public void Reports_the_same_routes_against_the_same_earlier_routes_as_the_definition(int seed, int routeCount, int attributeCount, double density)
    {
        var random = new Random(seed);
        for (var router = 0; router < 25; router++)
        {
            var routes = Enumerable.Range(0, routeCount).Select(_ => RandomConditions(random, attributeCount, density)).ToList();

            var expected = Expected(routes);
            var actual = Reported(routes);

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void A_route_with_more_conditions_than_are_enumerated_is_still_found_shadowed()
    {
        List<Condition> All(string value) => [.. Attributes.Select(a => new Condition(a, "exact", value))];
        List<List<Condition>> routes =
        [
            [new Condition("zone", "exact", "b")],
            [new Condition("method", "exact", "a"), new Condition("service", "exact", "a")],
            All("a"),
            All("b")[..9],
            [.. All("b")[..9], new Condition("cell", "regex", "a")],
        ];

        var expected = Expected(routes);

        Assert.Equal([(2, 1, "AGO3024"), (3, 0, "AGO3024"), (4, 0, "AGO3024")], expected);
        Assert.Equal(expected, Reported(routes));
    }

    private static List<Condition> RandomConditions(Random random, int attributeCount, double density)
    {
        if (random.Next(12) == 0)
        {
            return [];
        }

        // Mostly exact conditions, as per-method routing has, with the other kinds mixed in.
        return Attributes.Take(attributeCount)
            .Where(_ => random.NextDouble() < density)
            .Select(a => new Condition(a, random.Next(density > 0.9 ? 20 : 4) == 0 ? Kinds[random.Next(1, Kinds.Length)] : "exact", Values[random.Next(density > 0.9 ? 2 : Values.Length)]))
            .ToList();
    }

    private static List<(int Later, int Earlier, string Code)> Expected(List<List<Condition>> routes)
    {
        var effective = routes.Select(r => r.Where(c => c.Kind != "unset").ToList()).ToList();
        var found = new List<(int, int, string)>();
        for (var later = 1; later < routes.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (effective[earlier].Count == 0)
                {
                    found.Add((later, earlier, "AGO3023"));
                    break;
                }

                if (effective[earlier].All(w => effective[later].Any(n => n.Attribute == w.Attribute && Satisfies(w, n))))
                {
                    found.Add((later, earlier, "AGO3024"));
                    break;
                }
            }
        }

        return found;
    }

    private static bool Satisfies(Condition wide, Condition narrow) => wide.Kind switch
    {
        "present" => true,
        "prefix" => narrow.Kind is "exact" or "prefix" && narrow.Value.StartsWith(wide.Value, StringComparison.Ordinal),
        _ => wide.Kind == narrow.Kind && wide.Value == narrow.Value,
    };

    private static List<(int Later, int Earlier, string Code)> Reported(List<List<Condition>> routes)
    {
        var yaml = new StringBuilder("hosts: [org.apache.dubbo.samples.basic.api.demoservice]\nroutes:\n");
        for (var i = 0; i < routes.Count; i++)
        {
            var attributes = string.Join(", ", routes[i].Select(c => c.Kind switch
            {
                "present" => $"{c.Attribute}: {{regex: \"*\"}}",
                "unset" => $"{c.Attribute}: {{}}",
                _ => $"{c.Attribute}: {{{c.Kind}: \"{c.Value}\"}}",
            }));
            yaml.Append($"  - name: r{i}\n");
            if (routes[i].Count > 0)
            {
                yaml.Append($"    match: {{attributes: {{{attributes}}}}}\n");
            }

            yaml.Append("    route:\n      - destination: {host: org.apache.dubbo.samples.basic.api.demoservice}\n");
        }

        return PolicyHarness.Validate(Fixtures.MetaRouter(yaml.ToString()))
            .Where(d => d.Id is "AGO3023" or "AGO3024")
            .Select(d => (Match: RouteReference().Match(d.Message), d.Id))
            .Select(r => (int.Parse(r.Match.Groups[1].Value), int.Parse(r.Match.Groups[2].Value), r.Id))
            .OrderBy(r => r.Item1)
            .ToList();
    }

    [GeneratedRegex(@"route routes\[(\d+)\] 'r\d+' is never used: route routes\[(\d+)\]")]
    private static partial Regex RouteReference();
}
