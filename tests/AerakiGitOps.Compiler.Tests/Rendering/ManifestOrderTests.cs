using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Rendering;
using AerakiGitOps.Compiler.Rendering.Manifests;

namespace AerakiGitOps.Compiler.Tests.Rendering;

/// <summary>The output order, with and without the order kept from the last sort.</summary>
public sealed class ManifestOrderTests
{
    private static readonly YMapping Empty = YamlEdits.EmptyMapping(SourceLocation.OfFile("t.yaml"));

    private static RenderedManifest Manifest(string name, string source = "a.yaml") => new("EnvoyFilter", name, "istio-system", Empty, [source]);

    private static RenderedManifest[] Sorted(IEnumerable<RenderedManifest> manifests, ManifestOrder? memo)
    {
        var array = manifests.ToArray();
        ManifestOrder.Sort(array, memo);
        return array;
    }

    [Fact]
    public void Paths_sort_ordinally_and_one_path_keeps_the_planned_order()
    {
        var first = Manifest("b", "first.yaml");
        var second = Manifest("b", "second.yaml");

        var sorted = Sorted([Manifest("c"), first, Manifest("B"), second, Manifest("a")], memo: null);

        Assert.Equal(["B", "a", "b", "b", "c"], sorted.Select(m => m.Name));
        Assert.Same(first, sorted[2]);
        Assert.Same(second, sorted[3]);
    }

    /// <summary>Random subsets, new names and repeated names over one memo: every result equals a plain sort of the same input.</summary>
    [Fact]
    public void The_kept_order_gives_the_plain_sort_for_any_later_input()
    {
        var random = new Random(11);
        var memo = new ManifestOrder();
        var names = Enumerable.Range(0, 300).Select(i => $"svc-{random.Next(1000):D4}-{i}.team-{i % 7}").ToArray(); // distinct, in no particular order
        var placedByRank = 0;

        for (var round = 0; round < 200; round++)
        {
            var input = names
                .Where(_ => round % 5 == 0 || random.Next(10) > 0) // every fifth round all, else about one in ten left out
                .Select(n => round % 7 == 3 && random.Next(40) == 0 ? n + "-new" : n) // now and then a path not seen before
                .Select(n => Manifest(n, $"file-{random.Next(3)}.yaml"))
                .OrderBy(_ => random.Next())
                .ToList();
            if (round % 9 == 0)
            {
                input.Add(Manifest(input[0].Name, "duplicate.yaml")); // one path twice: planned order kept
            }

            var expected = Sorted(input, memo: null);
            var actual = Sorted(input, memo);

            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Same(expected[i], actual[i]);
            }

            placedByRank += memo.LastPlacedByRank ? 1 : 0;
        }

        Assert.InRange(placedByRank, 40, 190); // both ways were taken
    }
}
