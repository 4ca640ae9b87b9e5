using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using static AerakiGitOps.Compiler.Tests.Loading.FastYaml.BothReaders;

namespace AerakiGitOps.Compiler.Tests.Loading.FastYaml;

/// <summary>Each construct the fast path reads gives YamlDotNet's tree; each one it does not read is declined.</summary>
public sealed class FastYamlConstructTests
{
    public static TheoryData<string> AcceptedTexts() =>
    [
        "a: 1\n",
        "a: 1",
        "a: 1\nb: two\nc: 3.5\nd: true\ne: ~\nf: null\ng: NULL\nh: 0x1F\ni: 0o17\nj: .inf\nk: -.5e3\nl: +12\n",
        "a:\n",
        "a:\nb:\n",
        "a:   \nb: 1\n",
        "a: # comment\nb: 1\n",
        "a:\n  b:\n    c: d\n  e: f\ng: h\n",
        "a:\n- x\n- y\nb: 1\n",
        "a:\n  - x\n  - y\nb: 1\n",
        "- a\n- b\n",
        "-\n- b\n-   \n",
        "- a: 1\n  b: 2\n- c: 3\n",
        "-   a: 1\n    b: 2\n",
        "- a:\n  - x\n  b: 1\n",
        "- a:\n    - x\n",
        "-\n  a: 1\n-\n  - x\n",
        "\"quoted key\": v\n'single': \"double\"\n",
        "a: 'it''s'\nb: ''\nc: \"\"\n",
        "a: \"esc \\\\ \\\" \\/ \\n \\t \\r \\b \\f \\0 \\a \\v \\e \\x41 \\u00e9 \\u0027\"\n",
        "a: \"\\u003Cb\\u003E \\u0026\"\n",
        "url: http://example.com:8080/x\nimage: repo/name:1.0\n",
        "a:b: c\n",
        "a: b#c\n",
        "a: b # comment\n",
        "a: 'b' # comment\n",
        "a: b   \n",
        "a: b  c   d\n",
        "a : b\n",
        "a: [1, two, \"three\", 'four']\n",
        "a: []\nb: {}\nc: [ ]\n",
        "a: {x: 1, y: [2, 3], z: {w: v}}\n",
        "a: [ x , y ]\n",
        "a: [{name: x, value: \"y\"}, {name: z}]\n",
        "- {number: 20210, name: tcp-metaprotocol-dubbo, protocol: TCP}\n",
        "[a, b]\n",
        "{a: 1}\n",
        "plain scalar\n",
        "\"quoted root\"\n",
        "---\na: 1\n",
        "--- # comment\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n---\nb: 2\n",
        "a: 1\n...\n",
        "---\n...\n",
        "---\n---\n# only a comment\n---\nb: 2\n",
        "",
        "# only a comment\n",
        "\n\n\n",
        "---\n",
        "~\n",
        "null\n",
        "  a: 1\n  b: 2\n",
        "a:\n    b: 1\n    c: 2\n",
        "a: 1\n\n\nb: 2\n",
        "a: 1\r\nb:\r\n  - x\r\n  - y: 'z'\r\n",
        "a: 1\r\n# c\r\nb:\r\n",
        "a: héllo wörld\n\"ключ\": 値\nc: '€'\n",
        "a: -1\nb: -x\nc: --x\nd: ---\ne: .5\nf: ..\n",
        "a: b, c\nd: e[0]\nf: g{1}\nk[0]: v\n",
        "a: yes\nb: on\nc: 240.240.0.1\nd: 1.2.3\n",
        "true: 1\n1: 2\nnull: 3\n\"\": 4\n",
        "a: x:y\n",
        "a: ' leading and trailing '\n",
        "a:\n  b: 1\n  # comment at the indentation\n  c: 2\n",
        "a:\n  b: 1\n# comment at column one\n  c: 2\n",
        "a:\n  b: 1\n      # deeper comment\n  c: 2\n",
        "key: value with 'quotes' and \"double\" inside\n",
        "a: \"x\"\nb: 'y'\n",
        "a: [\"x\", 'y']\n",
        "a: {\"k\": v}\n",
        "a: 1\n--- \nb: 2\n",
        "a: ----\n",
        "--x: 1\n",
        "a: !x\n".Replace("!x", "x!"),
        "a: x&y*z\n",
        "a: 'x: y'\n",
        "a: \"# not a comment\"\n",
    ];

    [Theory]
    [MemberData(nameof(AcceptedTexts))]
    public void The_fast_path_reads_each_construct_as_YamlDotNet_does(string text)
    {
        Accepted(text);
    }

    public static TheoryData<string> DeclinedTexts() =>
    [
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: !custom x\n",
        "a: |\n  x\n",
        "a: >-\n  x\n",
        "%YAML 1.2\n---\na: 1\n",
        "? a\n: b\n",
        "a: [1,\n  2]\n",
        "a: {x: 1,\n  y: 2}\n",
        "a: {x: }\n",
        "a: {x}\n",
        "a: [x, ]\n",
        "a: [x: y]\n",
        "a: {x:y}\n",
        "a: b\n  c\n",
        "- a\n  b\n",
        "a: 'b\n  c'\n",
        "a: \"b\n  c\"\n",
        "a: \"b\\\n  c\"\n",
        "a:\tb\n",
        "a:\n\tb: 1\n",
        "\uFEFFa: 1\n",
        "a: 1\rb: 2\n",
        "a: x\u0085y\n",
        "a: x\u2028y\n",
        "a: \U0001F600\n".Replace("\\U0001F600", "\U0001F600"),
        "a: 1\na: 2\n",
        "{a: 1, a: 2}\n",
        "a: b: c\n",
        "a:\n  b: 1\n c: 2\n",
        "- a\nb: 1\n",
        "a: 1\n- b\n",
        "key: - a\n",
        "--- a: 1\n",
        "--- x\n",
        "a: 1\n...\nb: 2\n",
        "...\n",
        "- - a\n",
        "a:\n  b\n",
        "a:\n  [b]\n",
        "a: \"\\U0001F600\"\n",
        "a: \"\\N\"\n",
        "a: \"\\uD83D\\uDE00\"\n",
        "a: \"\\q\"\n",
        "a: 'x' y\n",
        "a: \"x\"y\n",
        "a: @x\n",
        "a: `x`\n",
        "a: %x\n",
        "a: 'x'#c\n",
        "[a, b]: c\n",
        new string('k', 1100) + ": v\n",
        "a:\n  - x\n  b: 1\n",
        "a: [\n",
        "a: \"unterminated\n",
        "a: x:\n",
        "a: {b: c} d\n",
    ];

    [Theory]
    [MemberData(nameof(DeclinedTexts))]
    public void Constructs_outside_the_fast_subset_are_declined_and_read_by_YamlDotNet(string text)
    {
        Declined(text);
    }

    [Fact]
    public void A_key_without_a_value_is_null_just_after_its_colon_and_an_empty_item_just_after_its_dash()
    {
        var root = (YMapping)Assert.Single(Accepted("a:\nb:   # c\nc:\n-\n- x\n")).Root;

        Assert.Equal(new SourceLocation("f.yaml", 1, 3), root["a"]!.At);
        Assert.True(((YScalar)root["a"]!).IsNull);
        Assert.Equal(new SourceLocation("f.yaml", 2, 3), root["b"]!.At);
        var items = ((YSequence)root["c"]!).Items;
        Assert.Equal(new SourceLocation("f.yaml", 4, 1), root["c"]!.At);
        Assert.Equal(new SourceLocation("f.yaml", 4, 2), items[0].At);
        Assert.Equal(("", ScalarKind.Null), (((YScalar)items[0]).Value, ((YScalar)items[0]).Kind));
        Assert.Equal(new SourceLocation("f.yaml", 5, 3), items[1].At);
    }

    [Fact]
    public void Compact_mappings_in_sequences_start_at_their_first_key()
    {
        var root = (YSequence)Assert.Single(Accepted("-   name: a\n    port: 80\n- \"q\": 'v'\n")).Root;

        var first = (YMapping)root.Items[0];
        Assert.Equal(new SourceLocation("f.yaml", 1, 5), first.At);
        Assert.Equal(new SourceLocation("f.yaml", 2, 5), first.Entry("port")!.Value.Key.At);
        Assert.Equal(ScalarKind.Int, ((YScalar)first["port"]!).Kind);
        var second = (YMapping)root.Items[1];
        Assert.Equal(new SourceLocation("f.yaml", 3, 3), second.At);
        Assert.Equal(("v", ScalarKind.String), (((YScalar)second["q"]!).Value, ((YScalar)second["q"]!).Kind));
    }

    [Fact]
    public void Crlf_line_ends_give_the_same_values_and_marks_as_lf()
    {
        var lf = Accepted("a: 1\nb:\n  - 'x'\n  - y # c\n");
        var crlf = Accepted("a: 1\r\nb:\r\n  - 'x'\r\n  - y # c\r\n");

        Assert.Equal(YamlTreeText.Of(lf), YamlTreeText.Of(crlf));
        Assert.Equal("y", ((YScalar)((YSequence)((YMapping)crlf[0].Root)["b"]!).Items[1]).Value);
    }

    [Fact]
    public void Unicode_counts_one_column_per_character_and_escapes_are_decoded()
    {
        var root = (YMapping)Assert.Single(Accepted("ключ: 値 x\nb: \"\\u00e9\\x41\\n\\\"\"\n")).Root;

        Assert.Equal(new SourceLocation("f.yaml", 1, 7), root["ключ"]!.At);
        Assert.Equal("値 x", ((YScalar)root["ключ"]!).Value);
        Assert.Equal("éA\n\"", ((YScalar)root["b"]!).Value);
    }

    [Fact]
    public void A_very_long_line_is_read_whole()
    {
        var value = string.Concat(Enumerable.Repeat("segment-", 20_000));

        var root = (YMapping)Assert.Single(Accepted($"a: {value}\nb: \"{value}\"\n")).Root;

        Assert.Equal(value, ((YScalar)root["a"]!).Value);
        Assert.Equal(value, ((YScalar)root["b"]!).Value);
    }

    [Fact]
    public void Documents_keep_their_order_and_null_or_empty_documents_are_dropped()
    {
        var documents = Accepted("# c\n---\n---\n~\n---\na: 1\n...\n--- # x\n- b\n---\nnull\n");

        Assert.Equal([0, 1], documents.Select(d => d.Index));
        Assert.Equal(new SourceLocation("f.yaml", 6, 1), documents[0].Root.At);
        Assert.Equal(new SourceLocation("f.yaml", 9, 1), documents[1].Root.At);
    }

    [Fact]
    public void Limits_make_the_fast_path_decline_so_YamlDotNet_reports_them()
    {
        var deep = "a:\n  b:\n    c: 1\n";
        Assert.True(AgreeOrDecline(deep, limits: new YamlLimits { MaxDepth = 3 }));
        Assert.False(AgreeOrDecline(deep, limits: new YamlLimits { MaxDepth = 2 }));
        Assert.False(AgreeOrDecline("[1, 2, 3]\n", limits: new YamlLimits { MaxExpandedNodes = 3 }));

        var diagnostics = new DiagnosticBag();
        new YamlTreeReader(new YamlLimits { MaxDepth = 2 }).Read("f.yaml", deep, diagnostics);
        Assert.Equal(["AGO1004"], diagnostics.ToSortedList().Select(d => d.Id));
    }

    [Fact]
    public void A_duplicate_key_is_still_reported_by_the_reader()
    {
        var diagnostics = new DiagnosticBag();
        var documents = YamlTreeReader.Default.Read("f.yaml", "a: 1\nb: 2\na: 3\n", diagnostics);

        Assert.Equal(["AGO1002 f.yaml(3,1)"], diagnostics.ToSortedList().Select(d => $"{d.Id} {d.Location}"));
        Assert.Equal("1", ((YScalar)((YMapping)documents[0].Root)["a"]!).Value);
    }
}
