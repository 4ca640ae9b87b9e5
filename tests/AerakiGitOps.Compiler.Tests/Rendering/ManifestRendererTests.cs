using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Rendering.Filters;
using AerakiGitOps.Compiler.Rendering.Manifests;
using static AerakiGitOps.Compiler.Tests.Support.DiagnosticAssert;

namespace AerakiGitOps.Compiler.Tests.Rendering;

public sealed class ManifestRendererTests
{
    private const string Template = "test.sbn-yaml";
    private static readonly string TemplatePath = TemplateCatalog.SourcePath(Template);

    private const string Good = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ model.name | q }}
          namespace: {{ model.namespace | q }}
        data:
          text: {{ model.text | q }}
          count: {{ model.count | num }}

        """;

    public sealed record View(string Name, string Namespace, string Text, double Count);

    private static (RenderedManifest? Manifest, IReadOnlyList<Diagnostic> Diagnostics) Render(string template, string name = "cm", string ns = "apps", string text = "hello")
    {
        var catalog = new TemplateCatalog(n => n == Template ? template : null);
        var diagnostics = new DiagnosticBag();
        var planned = new PlannedManifest(Template, new View(name, ns, text, 1.5), "ConfigMap", name, ns, ["a.yaml"]);
        var manifest = new ManifestRenderer(catalog).Render(planned, diagnostics);
        return (manifest, diagnostics.ToSortedList());
    }

    [Fact]
    public void A_good_template_renders_a_manifest_parsed_back_into_a_tree()
    {
        var (manifest, diagnostics) = Render(Good, text: "a: b # not a comment");

        Assert.Empty(diagnostics);
        Assert.NotNull(manifest);
        Assert.Equal(("ConfigMap", "cm", "apps"), (manifest.Kind, manifest.Name, manifest.Namespace));
        var data = (YMapping)manifest.ParseContent()["data"]!;
        Assert.Equal("a: b # not a comment", ((YScalar)data["text"]!).Value);
        Assert.Equal(("1.5", ScalarKind.Float), (((YScalar)data["count"]!).Value, ((YScalar)data["count"]!).Kind));
        Assert.Equal(["a.yaml"], manifest.SourceFiles);
    }

    [Fact]
    public void User_text_cannot_change_the_structure_of_the_document()
    {
        var (manifest, diagnostics) = Render(Good, text: "x\"\nkind: Secret\nevil: \"");

        Assert.Empty(diagnostics);
        Assert.Equal("ConfigMap", ((YScalar)manifest!.ParseContent()["kind"]!).Value);
        Assert.False(manifest.ParseContent().ContainsKey("evil"));
    }

    [Fact]
    public void A_template_syntax_error_is_reported_at_the_template_path_line_and_column()
    {
        var (manifest, diagnostics) = Render("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ if }}\n");

        Assert.Null(manifest);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("AGO4001", d.Id));
        Assert.Equal($"AGO4001 {TemplatePath}(4,15)", Key(diagnostics[0]));
    }

    [Fact]
    public void An_unknown_variable_is_a_rendering_error_not_an_empty_value()
    {
        var (manifest, diagnostics) = Render(Good.Replace("model.text", "model.missing_field", StringComparison.Ordinal));

        Assert.Null(manifest);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal($"AGO4002 {TemplatePath}(0,0)", Key(diagnostic));
        Assert.Equal(["ConfigMap", "cm"], diagnostic.Arguments.Take(2));
    }

    [Fact]
    public void A_template_that_renders_another_identity_is_reported_as_invalid_output()
    {
        var (manifest, diagnostics) = Render(Good.Replace("{{ model.name | q }}", "wrong-name", StringComparison.Ordinal));

        Assert.Null(manifest);
        var diagnostic = Single(diagnostics, $"AGO4003 {TemplatePath}(0,0)");
        Assert.Equal(["ConfigMap", "cm"], diagnostic.Arguments.Take(2));
    }

    [Fact]
    public void A_template_that_renders_broken_yaml_is_reported_as_invalid_output()
    {
        var (manifest, diagnostics) = Render(Good + "  bad: [unclosed\n");

        Assert.Null(manifest);
        Single(diagnostics, $"AGO4003 {TemplatePath}(0,0)");
    }

    [Fact]
    public void A_template_that_renders_two_documents_is_reported_as_invalid_output()
    {
        var (manifest, diagnostics) = Render(Good + "---\n" + Good);

        Assert.Null(manifest);
        Single(diagnostics, $"AGO4003 {TemplatePath}(0,0)");
    }

    [Fact]
    public void A_missing_namespace_in_the_output_is_a_wrong_identity()
    {
        var (_, diagnostics) = Render(Good.Replace("  namespace: {{ model.namespace | q }}\n", string.Empty, StringComparison.Ordinal));

        Single(diagnostics, $"AGO4003 {TemplatePath}(0,0)");
    }

    [Fact]
    public void The_embedded_templates_all_parse_without_errors()
    {
        Assert.Equal(
            ["dubbo-envoyfilter.sbn-yaml", "gateway-virtualservice.sbn-yaml", "metaprotocol-envoyfilter.sbn-yaml", "redis-envoyfilter.sbn-yaml", "stat-prefix-envoyfilter.sbn-yaml", "thrift-envoyfilter.sbn-yaml"],
            TemplateCatalog.Names);
        foreach (var name in TemplateCatalog.Names)
        {
            var diagnostics = new DiagnosticBag();
            Assert.NotNull(TemplateCatalog.Shared.Get(name, diagnostics));
            Assert.Empty(diagnostics.ToSortedList());
        }
    }
}
