using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Emit;

/// <summary>
/// Writes a YAML tree in one canonical form: block style, two-space indentation, keys sorted ordinally,
/// sequences at their key's indentation (as kubectl prints), LF line endings. Strings are left plain only
/// when every YAML 1.1 and 1.2 reader (kubectl, kustomize, Argo CD, Flux) reads them back as the same
/// string; otherwise they are double-quoted.
/// </summary>
public static partial class CanonicalYamlWriter
{
    public static string Write(YNode root)
    {
        var output = new StringBuilder();
        switch (root)
        {
            case YMapping { Entries.Length: > 0 } mapping:
                WriteMapping(output, mapping, 0, inlineFirst: false);
                break;
            case YSequence { Items.Length: > 0 } sequence:
                WriteSequence(output, sequence, 0);
                break;
            default:
                output.Append(Inline(root)).Append('\n');
                break;
        }

        return output.ToString();
    }

    private static void WriteMapping(StringBuilder output, YMapping mapping, int indent, bool inlineFirst)
    {
        var first = true;
        foreach (var entry in mapping.Entries.OrderBy(e => e.Key.Value, StringComparer.Ordinal))
        {
            if (!(first && inlineFirst))
            {
                output.Append(' ', indent);
            }

            first = false;
            output.Append(Scalar(entry.Key)).Append(':');
            WriteValue(output, entry.Value, indent, childIndent: indent + 2, sequenceIndent: indent);
        }
    }

    private static void WriteSequence(StringBuilder output, YSequence sequence, int indent)
    {
        foreach (var item in sequence.Items)
        {
            output.Append(' ', indent).Append('-');
            switch (item)
            {
                case YMapping { Entries.Length: > 0 } mapping:
                    output.Append(' ');
                    WriteMapping(output, mapping, indent + 2, inlineFirst: true);
                    break;
                default:
                    WriteValue(output, item, indent, childIndent: indent + 2, sequenceIndent: indent + 2);
                    break;
            }
        }
    }

    private static void WriteValue(StringBuilder output, YNode value, int indent, int childIndent, int sequenceIndent)
    {
        switch (value)
        {
            case YMapping { Entries.Length: > 0 } mapping:
                output.Append('\n');
                WriteMapping(output, mapping, childIndent, inlineFirst: false);
                break;
            case YSequence { Items.Length: > 0 } sequence:
                output.Append('\n');
                WriteSequence(output, sequence, sequenceIndent);
                break;
            default:
                output.Append(' ').Append(Inline(value)).Append('\n');
                break;
        }
    }

    private static string Inline(YNode node) => node switch
    {
        YMapping => "{}",
        YSequence => "[]",
        YScalar scalar => Scalar(scalar),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static string Scalar(YScalar scalar) => scalar.Kind switch
    {
        ScalarKind.String => StringScalar(scalar.Value),
        ScalarKind.Null => "null",
        _ => scalar.Value,
    };

    /// <summary>Plain when unambiguous, else a double-quoted string with escapes.</summary>
    public static string StringScalar(string value) => NeedsQuotes(value) ? Quote(value) : value;

    private static bool NeedsQuotes(string value)
        => value.Length == 0
           || ScalarResolver.ResolvePlain(value) != ScalarKind.String
           || Yaml11Special().IsMatch(value)
           || !SafePlain().IsMatch(value)
           || value.Contains(": ", StringComparison.Ordinal)
           || value.Contains(" #", StringComparison.Ordinal)
           || value.EndsWith(':')
           || value.Any(NeedsEscape);

    /// <summary>Characters a YAML reader rejects or takes for a line break: only a double-quoted escape carries them.</summary>
    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF';

    private static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                _ when NeedsEscape(c) => quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Words YAML 1.1 readers turn into booleans, and numbers in YAML 1.1 forms (octal, sexagesimal, underscores).</summary>
    [GeneratedRegex(@"^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+.]?[0-9][0-9a-fA-FxXoObB_.:+-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Yaml11Special();

    /// <summary>Starts with a character that cannot open an indicator, and holds only printable characters without tabs.</summary>
    [GeneratedRegex(@"^[^\s\-?:,\[\]{}#&*!|>'""%@`][^\t\r\n]*(?<!\s)$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePlain();
}
