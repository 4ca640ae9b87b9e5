using System.Text;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Tests.Loading.FastYaml;

/// <summary>
/// Writes documents as text that holds everything a tree stores: document indexes, node kinds, every
/// location (file, line, column) of nodes and keys, scalar values (escaped) and resolved kinds, in order.
/// Two reads are the same tree exactly when their texts are equal, and a failing comparison shows where.
/// </summary>
internal static class YamlTreeText
{
    public static string Of(IReadOnlyList<YamlDocument> documents)
    {
        var text = new StringBuilder();
        foreach (var document in documents)
        {
            text.Append("--- document ").Append(document.Index).Append('\n');
            Write(text, document.Root, 0);
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, YNode node, int depth)
    {
        text.Append(' ', depth * 2);
        switch (node)
        {
            case YScalar scalar:
                WriteScalar(text, scalar);
                text.Append('\n');
                break;
            case YSequence sequence:
                text.Append("seq ").Append(Mark(sequence.At)).Append(" size=").Append(sequence.ExpandedSize).Append('\n');
                foreach (var item in sequence.Items)
                {
                    Write(text, item, depth + 1);
                }

                break;
            case YMapping mapping:
                text.Append("map ").Append(Mark(mapping.At)).Append(" size=").Append(mapping.ExpandedSize).Append('\n');
                foreach (var entry in mapping.Entries)
                {
                    text.Append(' ', depth * 2 + 2).Append("key ");
                    WriteScalar(text, new YScalar(entry.Key.At, entry.Key.Value, entry.Key.Kind));
                    text.Append('\n');
                    Write(text, entry.Value, depth + 2);
                }

                break;
            default:
                throw new InvalidOperationException("unknown node " + node.GetType());
        }
    }

    private static void WriteScalar(StringBuilder text, YScalar scalar)
    {
        text.Append(scalar.Kind).Append(' ').Append(Mark(scalar.At)).Append(" \"");
        foreach (var c in scalar.Value)
        {
            if (c is < ' ' or > '~' or '"' or '\\')
            {
                text.Append("\\u").Append(((int)c).ToString("X4"));
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append('"');
    }

    private static string Mark(SourceLocation at) => $"{at.File}({at.Line},{at.Column})";
}
