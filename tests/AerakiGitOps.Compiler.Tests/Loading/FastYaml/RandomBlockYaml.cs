using System.Text;

namespace AerakiGitOps.Compiler.Tests.Loading.FastYaml;

/// <summary>
/// Writes random YAML streams in the styles people and templates use: block mappings and sequences at
/// random indentation (indentless and compact <c>- key: v</c> forms included), empty values, plain and
/// quoted scalars of every resolved kind, one-line flow collections, comments, blank lines and markers.
/// </summary>
internal sealed class RandomBlockYaml(Random random)
{
    private static readonly string[] PlainWords =
    [
        "a", "name", "svc-000210.team-0004.svc.cluster.local", "TCP", "true", "False", "null", "~", "NULL", "42", "-7", "+3",
        "0x1F", "0o17", "1.5", "-.5e3", ".inf", ".NaN", "yes", "on", "http://example.com:8080/x", "repo/image:1.0", "a b",
        "a  b", "a#b", "x:y", "é", "日本語", "-x", "a, b", "b[0]", "c{1}", "240.240.0.1", "v1", "op0[A-Z][a-z]*", "x!", "a&b*c",
        "1_000", "0.", "007", "--", "---x", "a'b", "a\"b",
    ];

    // Plain scalars that are errors or that the fast path leaves to YamlDotNet: written now and then.
    private static readonly string[] OddWords = ["k:", "%", "@x", "a: b", "&anchor x", "!!str 1", "|", "*alias"];

    private static readonly string[] QuotedContents =
    [
        "", "x", "it's", "a: b", "# no comment", "true", "42", "with \"double\"", "ünï", "[a, b]", "{k: v}", " padded ", "- dash", "\\",
    ];

    private readonly StringBuilder _text = new();

    public string Stream()
    {
        var documents = random.Next(1, 4);
        for (var d = 0; d < documents; d++)
        {
            if (d > 0 || random.Next(3) == 0)
            {
                _text.Append(random.Next(4) == 0 ? "--- # start\n" : "---\n");
            }

            Noise(0);
            switch (random.Next(10))
            {
                case 0:
                    _text.Append(Scalar()).Append('\n');
                    break;
                case 1:
                    _text.Append(Flow(0)).Append('\n');
                    break;
                case 2 or 3:
                    Sequence(random.Next(3), 0);
                    break;
                default:
                    Mapping(random.Next(3), 0, startsOnThisLine: false);
                    break;
            }

            if (random.Next(5) == 0)
            {
                _text.Append("...\n");
            }
        }

        var text = _text.ToString();
        return random.Next(4) == 0 ? text.Replace("\n", "\r\n") : text;
    }

    private void Mapping(int indent, int depth, bool startsOnThisLine)
    {
        var keys = new HashSet<string>();
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            if (i > 0 || !startsOnThisLine)
            {
                _text.Append(' ', indent);
            }

            // A duplicate key now and then (declined); otherwise keys are unique.
            var key = Key();
            while (!keys.Add(key) && random.Next(20) != 0)
            {
                key = Key();
            }

            _text.Append(key).Append(random.Next(12) == 0 ? " :" : ":");
            Value(indent, depth, inMapping: true);
        }
    }

    private void Sequence(int indent, int depth)
    {
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            _text.Append(' ', indent).Append('-');
            if (depth < 4 && random.Next(4) == 0)
            {
                var gap = random.Next(1, 4);
                _text.Append(' ', gap);
                Mapping(indent + 1 + gap, depth + 1, startsOnThisLine: true);
                continue;
            }

            Value(indent, depth, inMapping: false);
        }
    }

    /// <summary>What follows a key's colon or a dash, up to and including the line end (and nested lines).</summary>
    private void Value(int indent, int depth, bool inMapping)
    {
        var choice = depth >= 4 ? random.Next(4) : random.Next(8);
        switch (choice)
        {
            case 0 or 1:
                _text.Append(' ', random.Next(1, 3)).Append(Scalar());
                EndOfLine();
                break;
            case 2:
                _text.Append(' ').Append(Flow(depth));
                EndOfLine();
                break;
            case 3:
                EndOfLine();
                break;
            case 4 or 5:
                EndOfLine();
                Mapping(indent + random.Next(1, 5), depth + 1, startsOnThisLine: false);
                break;
            default:
                EndOfLine();
                Sequence(inMapping && random.Next(2) == 0 ? indent : indent + random.Next(1, 5), depth + 1);
                break;
        }

        Noise(indent);
    }

    private void EndOfLine()
    {
        switch (random.Next(8))
        {
            case 0:
                _text.Append(" # note: x");
                break;
            case 1:
                _text.Append("   ");
                break;
        }

        _text.Append('\n');
    }

    private void Noise(int indent)
    {
        switch (random.Next(10))
        {
            case 0:
                _text.Append('\n');
                break;
            case 1:
                _text.Append(' ', random.Next(indent + 3)).Append("# comment - with: [things]\n");
                break;
        }
    }

    private string Key(bool inFlow = false) => random.Next(6) switch
    {
        0 => SingleQuoted(),
        1 => DoubleQuoted(),
        _ => Plain(inFlow),
    };

    private string Scalar(bool inFlow = false) => random.Next(5) switch
    {
        0 => SingleQuoted(),
        1 => DoubleQuoted(),
        _ => Plain(inFlow),
    };

    private string Plain(bool inFlow)
    {
        if (random.Next(400) == 0)
        {
            return OddWords[random.Next(OddWords.Length)];
        }

        while (true)
        {
            var word = PlainWords[random.Next(PlainWords.Length)];
            if (!inFlow || word.IndexOfAny([':', '#', ',', '[', ']', '{', '}']) < 0)
            {
                return word;
            }
        }
    }

    private string Flow(int depth)
    {
        var count = random.Next(0, 4);
        var items = new List<string>();
        var mapping = random.Next(2) == 0;
        for (var i = 0; i < count; i++)
        {
            var item = depth < 3 && random.Next(5) == 0 ? Flow(depth + 1) : Scalar(inFlow: true);
            items.Add(mapping ? $"{Key(inFlow: true)}: {item}" : item);
        }

        var separator = random.Next(4) == 0 ? " ,  " : ", ";
        if (random.Next(30) == 0)
        {
            separator = ",";
        }

        return mapping ? "{" + string.Join(separator, items) + "}" : "[" + string.Join(separator, items) + "]";
    }

    private string SingleQuoted() => "'" + QuotedContents[random.Next(QuotedContents.Length)].Replace("'", "''") + "'";

    private string DoubleQuoted()
    {
        var content = QuotedContents[random.Next(QuotedContents.Length)].Replace("\\", "\\\\").Replace("\"", "\\\"");
        return random.Next(3) switch
        {
            0 => "\"" + content + "\\n\\t\\u00E9\\x41\\/\"",
            _ => "\"" + content + "\"",
        };
    }
}
