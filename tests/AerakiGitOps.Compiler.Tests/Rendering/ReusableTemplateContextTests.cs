using System.Text.Json;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Rendering.Filters;
using AerakiGitOps.Compiler.Rendering.Manifests;

namespace AerakiGitOps.Compiler.Tests.Rendering;

/// <summary>One Scriban context per thread, reused: renders must stay as isolated as with a context each.</summary>
public sealed class ReusableTemplateContextTests
{
    private const string Leaking = """
        {{~ leaked = model.name ~}}
        {{~ func helper(x)
          ret x
        end ~}}
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ helper model.name | q }}
          namespace: {{ model.namespace | q }}

        """;

    private const string UsesLeakedVariable = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ leaked | q }}
          namespace: {{ model.namespace | q }}

        """;

    private const string UsesLeakedFunction = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ helper model.name | q }}
          namespace: {{ model.namespace | q }}

        """;

    private const string Plain = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ model.name | q }}
          namespace: {{ model.namespace | q }}
        data:
          port: {{ model.port }}

        """;

    public sealed record NamedView(string Name, string Namespace, uint Port);

    public sealed record OtherView(string Name, string Namespace, uint Port, string Extra);

    private static readonly TemplateCatalog Catalog = new(n => n switch
    {
        "leaking" => Leaking,
        "uses-variable" => UsesLeakedVariable,
        "uses-function" => UsesLeakedFunction,
        "plain" => Plain,
        _ => null,
    });

    private static (RenderedManifest? Manifest, IReadOnlyList<Diagnostic> Diagnostics) Render(string template, object view, string name)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = new ManifestRenderer(Catalog).Render(new PlannedManifest(template, view, "ConfigMap", name, "apps", ["a.yaml"]), diagnostics);
        return (manifest, diagnostics.ToSortedList());
    }

    /// <summary>Runs <paramref name="body"/> on a thread of its own, so the thread's context count starts at zero.</summary>
    private static void OnFreshThread(Action body)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                body();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("the test body failed on its thread", failure);
        }
    }

    [Fact]
    public void A_variable_a_template_assigns_is_unknown_to_the_next_render_on_the_same_context()
    {
        OnFreshThread(() =>
        {
            var (first, firstDiagnostics) = Render("leaking", new NamedView("one", "apps", 1), "one");
            Assert.Empty(firstDiagnostics);
            Assert.Equal("one", ((YScalar)((YMapping)first!.ParseContent()["metadata"]!)["name"]!).Value);

            var (second, diagnostics) = Render("uses-variable", new NamedView("two", "apps", 2), "two");

            Assert.Null(second);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("AGO4002", diagnostic.Id);
            Assert.Contains("leaked", diagnostic.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_function_a_template_defines_is_unknown_to_the_next_render_on_the_same_context()
    {
        OnFreshThread(() =>
        {
            Assert.Empty(Render("leaking", new NamedView("one", "apps", 1), "one").Diagnostics);

            var (second, diagnostics) = Render("uses-function", new NamedView("two", "apps", 2), "two");

            Assert.Null(second);
            Assert.Equal("AGO4002", Assert.Single(diagnostics).Id);
        });
    }

    [Fact]
    public void Consecutive_renders_of_different_views_on_one_thread_share_one_context_and_each_see_only_their_own_model()
    {
        OnFreshThread(() =>
        {
            var (first, _) = Render("plain", new NamedView("first", "apps", 7), "first");
            var (second, _) = Render("plain", new OtherView("second", "apps", 9, "x"), "second");
            var (third, _) = Render("plain", new NamedView("third", "apps", 11), "third");

            Assert.Equal(1, ReusableTemplateContext.CreatedOnThisThread);
            Assert.Equal(
                [("first", "7"), ("second", "9"), ("third", "11")],
                new[] { first!, second!, third! }.Select(m => (
                    ((YScalar)((YMapping)m.ParseContent()["metadata"]!)["name"]!).Value,
                    ((YScalar)((YMapping)m.ParseContent()["data"]!)["port"]!).Value)));
        });
    }

    [Fact]
    public void A_render_that_fails_at_runtime_drops_its_context_and_the_next_render_gets_a_clean_one()
    {
        OnFreshThread(() =>
        {
            Assert.Equal("AGO4002", Assert.Single(Render("uses-variable", new NamedView("x", "apps", 1), "x").Diagnostics).Id);
            var (after, diagnostics) = Render("plain", new NamedView("after", "apps", 3), "after");

            Assert.Empty(diagnostics);
            Assert.Equal("after", ((YScalar)((YMapping)after!.ParseContent()["metadata"]!)["name"]!).Value);
            Assert.Equal(2, ReusableTemplateContext.CreatedOnThisThread);
        });
    }

    [Fact]
    public void The_q_function_quotes_exactly_as_System_Text_Json_does()
    {
        var samples = Enumerable.Range(0, 128).Select(c => ((char)c).ToString())
            .Concat(Enumerable.Range(0, 128).Select(c => $"ab{(char)c}cd"))
            .Concat(["", "outbound|20880||org.apache.dubbo.samples.basic.api.demoservice", "héllo", "日本", "a\u2028b", "\ud83d\ude00", "\ud800"]);

        Assert.All(samples, s => Assert.Equal(JsonSerializer.Serialize(s), TemplateFunctions.Quote(s)));
        Assert.Equal("\"\"", TemplateFunctions.Quote(null));
        Assert.Equal("\"20880\"", TemplateFunctions.Quote(20880u));
    }
}
