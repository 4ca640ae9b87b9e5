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
}
