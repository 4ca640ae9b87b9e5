using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Rendering.Filters;
using AerakiGitOps.Compiler.Rendering.Manifests;

namespace AerakiGitOps.Compiler.Tests.Rendering.Caching;

/// <summary>The render cache on its own: what is a hit, what is a miss, what is evicted.</summary>
public sealed class RenderCacheTests
{
    private const string Template = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ model.name | q }}
          namespace: apps
        data:
          items: {{ model.items | array.join "," | q }}

        """;

    public sealed record ListView(string Name, IReadOnlyList<string> Items);

    /// <summary>Same members as <see cref="ListView"/>, another type.</summary>
    public sealed record LookalikeView(string Name, IReadOnlyList<string> Items);

    private static readonly TemplateCatalog Catalog = new(n => n == "list" ? Template : null);

    /// <summary>One pass over <paramref name="views"/>: the data.items each rendered manifest holds, and the pass's figures.</summary>
    private static (string[] Items, RenderCacheStatistics Statistics) Pass(RenderCache cache, params object[] views)
    {
        var pass = cache.BeginPass();
        var renderer = new ManifestRenderer(Catalog, pass);
        var diagnostics = new DiagnosticBag();
        var items = views
            .Select(v => renderer.Render(new PlannedManifest("list", v, "ConfigMap", NameOf(v), "apps", ["a.yaml"]), diagnostics)!)
            .Select(m => ((YScalar)((YMapping)m.ParseContent()["data"]!)["items"]!).Value)
            .ToArray();
        pass.Complete();
        Assert.Empty(diagnostics.ToSortedList());
        return (items, cache.LastPass);
    }

    private static string NameOf(object view) => view switch
    {
        ListView v => v.Name,
        LookalikeView v => v.Name,
        _ => throw new ArgumentOutOfRangeException(nameof(view)),
    };

    [Fact]
    public void A_view_equal_in_content_is_reused_even_when_its_lists_are_other_instances()
    {
        var cache = new RenderCache();
        Pass(cache, new ListView("x", ["a", "b"]));

        var (items, statistics) = Pass(cache, new ListView("x", new List<string> { "a", "b" }));

        Assert.Equal(["a,b"], items);
        Assert.Equal(new RenderCacheStatistics(Rendered: 0, Reused: 1, Evicted: 0), statistics);
    }

    [Fact]
    public void A_view_whose_nested_list_changed_is_rendered_again()
    {
        var cache = new RenderCache();
        Pass(cache, new ListView("x", ["a", "b"]));

        var (items, statistics) = Pass(cache, new ListView("x", ["a", "c"]));

        Assert.Equal(["a,c"], items);
        Assert.Equal(new RenderCacheStatistics(Rendered: 1, Reused: 0, Evicted: 1), statistics);
    }

    [Fact]
    public void A_list_changed_in_place_is_a_changed_view_although_the_view_is_the_same_object()
    {
        var cache = new RenderCache();
        var list = new List<string> { "a" };
        var view = new ListView("x", list);
        Pass(cache, view);

        list.Add("d");
        var (items, statistics) = Pass(cache, view);

        Assert.Equal(["a,d"], items);
        Assert.Equal(1, statistics.Rendered);
        Assert.Equal(0, statistics.Reused);
    }

    [Fact]
    public void A_view_of_another_type_with_the_same_values_is_not_a_hit()
    {
        var cache = new RenderCache();
        Pass(cache, new ListView("x", ["a"]));

        var (_, statistics) = Pass(cache, new LookalikeView("x", ["a"]));

        Assert.Equal(new RenderCacheStatistics(Rendered: 1, Reused: 0, Evicted: 1), statistics);
    }

    [Fact]
    public void Entries_the_latest_pass_did_not_use_are_evicted()
    {
        var cache = new RenderCache();
        Pass(cache, new ListView("x", ["a"]), new ListView("y", ["b"]), new ListView("z", ["c"]));
        Assert.Equal(3, cache.Count);

        var (_, statistics) = Pass(cache, new ListView("y", ["b"]));

        Assert.Equal(new RenderCacheStatistics(Rendered: 0, Reused: 1, Evicted: 2), statistics);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Numbers_of_different_types_and_strings_that_look_alike_give_different_content()
    {
        Assert.NotEqual(ViewContent.Of(new NumberView(1u)), ViewContent.Of(new NumberView(1.0)));
        Assert.NotEqual(ViewContent.Of(new NumberView("1")), ViewContent.Of(new NumberView(1u)));
        Assert.NotEqual(ViewContent.Of(new NumberView(0.0)), ViewContent.Of(new NumberView(-0.0)));
        Assert.Equal(ViewContent.Of(new NumberView(2.5)), ViewContent.Of(new NumberView(2.5)));
    }

    [Fact]
    public void Content_is_unambiguous_where_values_could_run_into_each_other()
    {
        Assert.NotEqual(ViewContent.Of(new ListView("x", ["ab"])), ViewContent.Of(new ListView("x", ["a", "b"])));
        Assert.NotEqual(ViewContent.Of(new ListView("x", ["a", ""])), ViewContent.Of(new ListView("x", ["a"])));
        Assert.NotEqual(ViewContent.Of(new ListView("xa", [])), ViewContent.Of(new ListView("x", ["a"])));
        Assert.NotEqual(ViewContent.Of(new NumberView(null!)), ViewContent.Of(new NumberView(string.Empty)));
        Assert.NotEqual(ViewContent.Of(new NumberView(new List<string>())), ViewContent.Of(new NumberView(null!)));
        Assert.NotEqual(ViewContent.Of(new NumberView(1)), ViewContent.Of(new NumberView(1L)));
        Assert.NotEqual(ViewContent.Of(new NumberView(DayOfWeek.Monday)), ViewContent.Of(new NumberView("Monday")));
        Assert.Equal(ViewContent.Of(new NumberView(DayOfWeek.Monday)), ViewContent.Of(new NumberView(DayOfWeek.Monday)));
        Assert.NotEqual(ViewContent.Of(new NumberView(new ListView("x", []))), ViewContent.Of(new NumberView(new OtherView("x", []))));
    }

    [Fact]
    public void Text_that_is_not_valid_utf16_is_described_exactly()
    {
        var lone = ViewContent.Of(new NumberView("a\ud800b"));

        Assert.NotNull(lone);
        Assert.Equal(lone, ViewContent.Of(new NumberView("a\ud800b")));
        Assert.NotEqual(lone, ViewContent.Of(new NumberView("a\udc00b")));
    }

    public sealed record OtherView(string Name, IReadOnlyList<string> Items);

    [Fact]
    public void A_shared_view_part_is_described_by_its_content_not_by_which_object_it_is()
    {
        KeyValuePair<string, string>[] format = [new("start", "%START_TIME%"), new("code", "%RESPONSE_CODE%")];
        var shared = new AccessLogView("/dev/stdout", null, format);
        var first = ViewContent.Of(new NumberView(shared));

        Assert.Equal(first, ViewContent.Of(new NumberView(shared)));
        Assert.Equal(first, ViewContent.Of(new NumberView(new AccessLogView("/dev/stdout", null, [.. format]))));
        Assert.NotEqual(first, ViewContent.Of(new NumberView(new AccessLogView("/dev/stderr", null, format))));
        Assert.NotEqual(first, ViewContent.Of(new NumberView(new AccessLogView("/dev/stdout", null, format[..1]))));
        Assert.NotEqual(first, ViewContent.Of(new NumberView(new AccessLogView("/dev/stdout", "%START_TIME%", null))));
        Assert.NotEqual(ViewContent.Of(new NumberView(new TracingView(100, 1, 100))), ViewContent.Of(new NumberView(new TracingView(100, 2, 100))));
    }

    [Fact]
    public void A_view_holding_a_dictionary_is_never_cached_but_still_rendered()
    {
        Assert.Null(ViewContent.Of(new NumberView(new Dictionary<string, string> { ["k"] = "v" })));
    }

    public sealed record NumberView(object Value);
}
