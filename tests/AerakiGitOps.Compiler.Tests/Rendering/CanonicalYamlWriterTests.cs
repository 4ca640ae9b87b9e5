using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Tests.Rendering;

public sealed class CanonicalYamlWriterTests
{
    private static readonly SourceLocation Nowhere = SourceLocation.None;

    private static YScalar S(string value, ScalarKind kind = ScalarKind.String) => new(Nowhere, value, kind);

    private static YMapping Map(params (string Key, YNode Value)[] entries)
        => new(Nowhere, [.. entries.Select(e => new YEntry(S(e.Key), e.Value))]);

    private static YSequence Seq(params YNode[] items) => new(Nowhere, [.. items]);

    private static YNode ReadBack(string text)
    {
        var diagnostics = new DiagnosticBag();
        var documents = YamlTreeReader.Default.Read("out.yaml", text, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return Assert.Single(documents).Root;
    }

    [Fact]
    public void Keys_are_sorted_ordinally_and_sequences_sit_at_their_keys_indentation()
    {
        var tree = Map(
            ("spec", Map(("z", S("1", ScalarKind.Int)), ("B", S("b")), ("a", Seq(S("x"), Map(("k2", S("v")), ("k1", Seq(S("y")))), Seq(S("n")))))),
            ("apiVersion", S("v1")),
            ("empty", Map()),
            ("none", Seq()),
            ("nothing", S("null", ScalarKind.Null)));

        Assert.Equal(
            """
            apiVersion: v1
            empty: {}
            none: []
            nothing: null
            spec:
              B: b
              a:
              - x
              - k1:
                - "y"
                k2: v
              -
                - "n"
              z: 1

            """.ReplaceLineEndings("\n"),
            CanonicalYamlWriter.Write(tree));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("on")]
    [InlineData("OFF")]
    [InlineData("y")]
    [InlineData("mid\u0085dle")]
    [InlineData("mid\u2028dle")]
    [InlineData("mid\u0001dle")]
    [InlineData("true")]
    [InlineData("False")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData("1.0")]
    [InlineData("0777")]
    [InlineData("0x1F")]
    [InlineData("1e3")]
    [InlineData("1_000")]
    [InlineData("1:30")]
    [InlineData(".5")]
    [InlineData(".inf")]
    [InlineData("-.inf")]
    [InlineData(".NaN")]
    [InlineData("240.240.0.1")]
    [InlineData("42")]
    [InlineData("-7")]
    [InlineData("a: b")]
    [InlineData("a #b")]
    [InlineData("ends:")]
    [InlineData("- item")]
    [InlineData("-")]
    [InlineData("? key")]
    [InlineData(": x")]
    [InlineData("[list]")]
    [InlineData("{map}")]
    [InlineData("#comment")]
    [InlineData("&anchor")]
    [InlineData("*alias")]
    [InlineData("!tag")]
    [InlineData("|")]
    [InlineData(">")]
    [InlineData("'single'")]
    [InlineData("\"double\"")]
    [InlineData("%directive")]
    [InlineData("@reserved")]
    [InlineData("`reserved")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("line\nbreak")]
    [InlineData("tab\there")]
    public void Strings_that_another_reader_would_take_for_something_else_are_quoted(string value)
    {
        var text = CanonicalYamlWriter.StringScalar(value);

        Assert.StartsWith("\"", text, StringComparison.Ordinal);
        var back = Assert.IsType<YScalar>(((YMapping)ReadBack($"k: {text}\n"))["k"]);
        Assert.Equal(value, back.Value);
        Assert.Equal(ScalarKind.String, back.Kind);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("outbound|20880|v1|demo.example.com")]
    [InlineData("org.apache.dubbo.samples.basic.api.demoservice")]
    [InlineData("a:b")]
    [InlineData("a-b")]
    [InlineData("envoy.filters.network.meta_protocol_proxy")]
    [InlineData("type.googleapis.com/udpa.type.v1.TypedStruct")]
    [InlineData("it's")]
    [InlineData("x#y")]
    [InlineData("nullable")] // words longer than "false" skip the full check: none of them is a boolean or null
    [InlineData("offset")]
    [InlineData("e12345")]
    [InlineData("yes/no")]
    public void Plain_strings_stay_plain(string value)
    {
        Assert.Equal(value, CanonicalYamlWriter.StringScalar(value));
    }

    [Theory]
    [InlineData("a\nb", "\"a\\nb\"")]
    [InlineData("a\r\nb", "\"a\\r\\nb\"")]
    [InlineData("\"hi\" she said", "\"\\\"hi\\\" she said\"")]
    [InlineData("back\\slash ", "\"back\\\\slash \"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    [InlineData("nel\u0085x", "\"nel\\u0085x\"")]
    [InlineData("del\u007Fx", "\"del\\u007Fx\"")]
    [InlineData("ls\u2028", "\"ls\\u2028\"")]
    public void Quoted_strings_escape_line_breaks_quotes_and_control_characters(string value, string expected)
    {
        Assert.Equal(expected, CanonicalYamlWriter.StringScalar(value));
    }

    [Theory]
    [InlineData("true", ScalarKind.Bool)]
    [InlineData("42", ScalarKind.Int)]
    [InlineData("1.5", ScalarKind.Float)]
    [InlineData("null", ScalarKind.Null)]
    [InlineData("true", ScalarKind.String)]
    [InlineData("42", ScalarKind.String)]
    public void Typed_scalars_keep_their_type_through_a_round_trip(string value, ScalarKind kind)
    {
        var back = (YScalar)((YMapping)ReadBack(CanonicalYamlWriter.Write(Map(("k", S(value, kind))))))["k"]!;

        Assert.Equal((value, kind), (back.Value, back.Kind));
    }

    [Theory]
    [InlineData("20880", "20880")]
    [InlineData("0", "0")]
    [InlineData("0777", "777")] // YAML 1.2 reads decimal 777; Kubernetes' reader would take 0777 for octal 511
    [InlineData("007", "7")]
    [InlineData("+80", "80")]
    [InlineData("-0", "0")]
    [InlineData("-042", "-42")]
    [InlineData("0o17", "15")]
    [InlineData("0x1F", "31")]
    [InlineData("0xff", "255")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("0123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("not-a-number", "not-a-number")] // an explicit !!int tag on other text: left alone
    public void Integers_are_written_in_plain_decimal_so_every_reader_gets_the_same_number(string value, string expected)
    {
        Assert.Equal($"k: {expected}\n", CanonicalYamlWriter.Write(Map(("k", S(value, ScalarKind.Int)))));
        if (expected != value && ScalarResolver.ResolvePlain(expected) == ScalarKind.Int)
        {
            var back = (YScalar)((YMapping)ReadBack($"k: {expected}\n"))["k"]!;
            Assert.Equal((expected, ScalarKind.Int), (back.Value, back.Kind));
        }
    }

    [Fact]
    public void Keys_that_would_be_read_as_other_types_are_quoted()
    {
        var text = CanonicalYamlWriter.Write(Map(("yes", S("a")), ("80", S("b")), ("a: b", S("c"))));

        var back = (YMapping)ReadBack(text);
        Assert.Equal(["80", "a: b", "yes"], back.Entries.Select(e => e.Key.Value));
        Assert.All(back.Entries, e => Assert.Equal(ScalarKind.String, e.Key.Kind));
    }

    [Fact]
    public void Any_string_survives_a_write_and_read_back_as_the_same_string()
    {
        // Property test over generated strings, seeded so a failure reproduces.
        const string alphabet = "aZ09 -_.:#'\"!&*?|>%@`,[]{}~\\/\t\n\r=+<^$é漢\u0085\u00A0\u2028\u0001\u007F";
        var random = new Random(20240601);
        var failures = new List<string>();
        for (var i = 0; i < 4000; i++)
        {
            var length = random.Next(0, 12);
            var value = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var tree = Map(("k", S(value)), (value, Seq(S(value))));
            try
            {
                var back = (YMapping)ReadBack(CanonicalYamlWriter.Write(tree));
                var scalar = (YScalar)back["k"]!;
                var item = (YScalar)((YSequence)back[value]!).Items[0];
                if (scalar.Value != value || scalar.Kind != ScalarKind.String || item.Value != value || item.Kind != ScalarKind.String)
                {
                    failures.Add(Escape(value));
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Add(Escape(value) + " threw " + ex.GetType().Name);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} strings did not round trip, e.g. {string.Join(", ", failures.Take(10))}");
    }

    [Fact]
    public void A_tree_of_every_node_kind_round_trips_to_the_same_values_and_kinds()
    {
        var tree = Map(
            ("list", Seq(S("a"), S("1", ScalarKind.Int), Map(("k", S("on"))), Seq(), Map(), Seq(S("nested")))),
            ("map", Map(("x", S("240.240.0.1")), ("y", S("false", ScalarKind.Bool)))));

        var back = ReadBack(CanonicalYamlWriter.Write(tree));

        Assert.Equal(Flatten(tree), Flatten(back));
    }

    private static string Escape(string value)
        => "\"" + string.Concat(value.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";

    /// <summary>Every scalar with its path and kind, keys sorted: two trees with equal flattenings hold the same data.</summary>
    private static ImmutableSortedSet<string> Flatten(YNode node, string path = "")
        => node switch
        {
            YMapping m => m.Entries.SelectMany(e => Flatten(e.Value, $"{path}/{e.Key.Value}")).Append($"{path} map {m.Entries.Length}").ToImmutableSortedSet(StringComparer.Ordinal),
            YSequence s => s.Items.SelectMany((item, i) => Flatten(item, $"{path}[{i}]")).Append($"{path} seq {s.Items.Length}").ToImmutableSortedSet(StringComparer.Ordinal),
            YScalar scalar => [$"{path} = {scalar.Kind} {scalar.Value}"],
            _ => [],
        };
}
