using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using static AerakiGitOps.Compiler.Tests.Support.Inputs;
using static AerakiGitOps.Compiler.Tests.Support.DiagnosticAssert;

namespace AerakiGitOps.Compiler.Tests.Loading;

public sealed class YamlTreeReaderTests
{
    private static (IReadOnlyList<YamlDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, YamlLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        var documents = new YamlTreeReader(limits ?? YamlLimits.Default).Read("f.yaml", text, diagnostics);
        return (documents, diagnostics.ToSortedList());
    }

    [Fact]
    public void Every_node_keeps_its_one_based_line_and_column()
    {
        var (documents, diagnostics) = Read(Lines("kind: X", "spec:", "  hosts:", "  - a.b", "  port: 80"));

        Assert.Empty(diagnostics);
        var root = Assert.IsType<YMapping>(Assert.Single(documents).Root);
        Assert.Equal(new SourceLocation("f.yaml", 1, 1), root.At);
        var spec = Assert.IsType<YMapping>(root["spec"]);
        Assert.Equal(new SourceLocation("f.yaml", 3, 3), spec.At);
        var hosts = Assert.IsType<YSequence>(spec["hosts"]);
        Assert.Equal(new SourceLocation("f.yaml", 4, 5), hosts.Items[0].At);
        Assert.Equal(new SourceLocation("f.yaml", 5, 3), spec.Entry("port")!.Value.Key.At);
        Assert.Equal(new SourceLocation("f.yaml", 5, 9), spec["port"]!.At);
    }

    [Fact]
    public void Several_documents_are_read_in_order_and_empty_ones_are_skipped()
    {
        var (documents, diagnostics) = Read(Lines("a: 1", "---", "---", "# only a comment", "---", "b: 2"));

        Assert.Empty(diagnostics);
        Assert.Equal(2, documents.Count);
        Assert.Equal([0, 1], documents.Select(d => d.Index));
        Assert.Equal(6, documents[1].Root.At.Line);
    }

    [Theory]
    [InlineData("yes", ScalarKind.String)]
    [InlineData("on", ScalarKind.String)]
    [InlineData("true", ScalarKind.Bool)]
    [InlineData("False", ScalarKind.Bool)]
    [InlineData("~", ScalarKind.Null)]
    [InlineData("null", ScalarKind.Null)]
    [InlineData("42", ScalarKind.Int)]
    [InlineData("0x1F", ScalarKind.Int)]
    [InlineData("0o17", ScalarKind.Int)]
    [InlineData("1.5", ScalarKind.Float)]
    [InlineData(".inf", ScalarKind.Float)]
    [InlineData("\"true\"", ScalarKind.String)]
    [InlineData("'42'", ScalarKind.String)]
    [InlineData("!!str 42", ScalarKind.String)]
    [InlineData("!!int \"42\"", ScalarKind.Int)]
    [InlineData("240.240.0.1", ScalarKind.String)]
    public void Scalars_resolve_with_the_yaml_1_2_core_schema(string text, ScalarKind expected)
    {
        var (documents, _) = Read($"v: {text}\n");

        var value = Assert.IsType<YScalar>(((YMapping)documents[0].Root)["v"]);
        Assert.Equal(expected, value.Kind);
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_the_second_key_and_the_first_value_is_kept()
    {
        var (documents, diagnostics) = Read(Lines("a: 1", "b: 2", "a: 3"));

        var diagnostic = Single(diagnostics, "AGO1002 f.yaml(3,1)");
        Assert.Equal(["a", 1], diagnostic.Arguments);
        Assert.Equal("1", ((YScalar)((YMapping)documents[0].Root)["a"]!).Value);
    }

    [Fact]
    public void An_alias_bomb_is_reported_and_its_document_dropped_while_other_documents_survive()
    {
        var bomb = Lines(
            "a: &a [x, x, x, x, x, x, x, x, x, x]",
            "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
            "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
            "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
            "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]",
            "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]",
            "---",
            "ok: true");

        var (documents, diagnostics) = Read(bomb);

        var diagnostic = Single(diagnostics, "AGO1003 f.yaml(6,4)");
        Assert.Equal([1_000_000L], diagnostic.Arguments);
        Assert.True(((YMapping)Assert.Single(documents).Root).ContainsKey("ok"));
    }

    [Fact]
    public void The_alias_bound_counts_expanded_nodes_against_the_configured_limit()
    {
        var text = Lines("a: &a [1, 2, 3]", "b: [*a, *a, *a]");

        Assert.Empty(Read(text, new YamlLimits { MaxExpandedNodes = 30 }).Diagnostics);
        Single(Read(text, new YamlLimits { MaxExpandedNodes = 10 }).Diagnostics, "AGO1003 f.yaml(2,4)");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_reported_at_the_first_level_too_deep()
    {
        var (documents, diagnostics) = Read("a: [[[[x]]]]\n", new YamlLimits { MaxDepth = 4 });

        var diagnostic = Single(diagnostics, "AGO1004 f.yaml(1,7)");
        Assert.Equal([4], diagnostic.Arguments);
        Assert.Empty(documents);
    }

    [Fact]
    public void Very_deep_flow_nesting_is_a_diagnostic_not_a_crash()
    {
        var depth = 1_000;
        var (documents, diagnostics) = Read(new string('[', depth) + new string(']', depth) + "\n");

        Assert.Equal(["AGO1004"], diagnostics.Select(d => d.Id));
        Assert.Empty(documents);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_position_and_earlier_documents_are_kept()
    {
        var (documents, diagnostics) = Read(Lines("a: 1", "---", "b: 2", "  c: 3"));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("AGO1001", diagnostic.Id);
        Assert.Equal(4, diagnostic.Location.Line);
        Assert.DoesNotContain("(Line", diagnostic.Message, StringComparison.Ordinal);
        Assert.Single(documents);
    }

    [Theory]
    [InlineData("a: [1, 2")]
    [InlineData("a: {b: 1")]
    [InlineData("[")]
    [InlineData("{")]
    [InlineData("a: [1, {b: [")]
    public void A_truncated_flow_collection_is_a_syntax_error_not_a_crash(string text)
    {
        var (documents, diagnostics) = Read(Lines("ok: 1", "---", text));

        // The parser notices at the end of the input: the empty line after the last one.
        Single(diagnostics, "AGO1001 f.yaml(4,1)");
        Assert.Single(documents);
    }

    [Fact]
    public void An_alias_to_an_undefined_anchor_is_a_syntax_error_at_the_alias()
    {
        var (documents, diagnostics) = Read(Lines("a: 1", "b: *nowhere"));

        Assert.Contains(diagnostics, d => Key(d) == "AGO1001 f.yaml(2,4)");
        Assert.Empty(documents);
    }

    [Fact]
    public void A_mapping_used_as_a_key_is_a_syntax_error()
    {
        var (documents, diagnostics) = Read("? {a: 1}\n: b\n");

        Single(diagnostics, "AGO1001 f.yaml(1,3)");
        Assert.Empty(documents);
    }

    [Fact]
    public void Aliases_share_the_anchored_node()
    {
        var (documents, diagnostics) = Read(Lines("a: &x {k: v}", "b: *x"));

        Assert.Empty(diagnostics);
        var root = (YMapping)documents[0].Root;
        Assert.Same(root["a"], root["b"]);
        Assert.Equal(1 + (1 + 3) + (1 + 3), root.ExpandedSize);
    }
}
