using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Schema;

namespace AerakiGitOps.Compiler.Emit;

/// <summary>
/// Writes a YAML tree in one canonical form: block style, two-space indentation, keys sorted ordinally,
/// sequences at their key's indentation (as kubectl prints), LF line endings. Strings are left plain only
/// when every YAML 1.1 and 1.2 reader (kubectl, kustomize, Argo CD, Flux) reads them back as the same
/// string; otherwise they are double-quoted. The text goes straight into a UTF-8 buffer.
/// </summary>
public static class CanonicalYamlWriter
{
    /// <summary>Mapping keys repeat across every manifest (the same few hundred field names): their written form is kept, up to this many.</summary>
    private const int MaxRememberedKeys = 4096;

    private static readonly ConcurrentDictionary<string, byte[]> RememberedKeys = new(StringComparer.Ordinal);

    public static string Write(YNode root)
    {
        var output = new ArrayBufferWriter<byte>();
        Write(root, output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>Appends the canonical YAML of <paramref name="root"/> to <paramref name="output"/> as UTF-8.</summary>
    public static void Write(YNode root, ArrayBufferWriter<byte> output)
    {
        switch (root)
        {
            case YMapping { Entries.Length: > 0 } mapping:
                WriteMapping(output, mapping, 0, inlineFirst: false);
                break;
            case YSequence { Items.Length: > 0 } sequence:
                WriteSequence(output, sequence, 0);
                break;
            default:
                WriteInline(output, root);
                output.Write("\n"u8);
                break;
        }
    }

    private static void WriteMapping(ArrayBufferWriter<byte> output, YMapping mapping, int indent, bool inlineFirst)
    {
        var entries = mapping.Entries;
        if (SortedByKey(entries.AsSpan()))
        {
            WriteEntries(output, entries.AsSpan(), indent, inlineFirst);
            return;
        }

        // Keys are unique within a mapping, so an unstable sort gives the one ordinal order.
        var sorted = ArrayPool<YEntry>.Shared.Rent(entries.Length);
        try
        {
            entries.CopyTo(sorted);
            Array.Sort(sorted, 0, entries.Length, KeyOrder.Instance);
            WriteEntries(output, sorted.AsSpan(0, entries.Length), indent, inlineFirst);
        }
        finally
        {
            Array.Clear(sorted, 0, entries.Length);
            ArrayPool<YEntry>.Shared.Return(sorted);
        }
    }

    private static bool SortedByKey(ReadOnlySpan<YEntry> entries)
    {
        for (var i = 1; i < entries.Length; i++)
        {
            if (string.CompareOrdinal(entries[i - 1].Key.Value, entries[i].Key.Value) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteEntries(ArrayBufferWriter<byte> output, ReadOnlySpan<YEntry> entries, int indent, bool inlineFirst)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            if (i > 0 || !inlineFirst)
            {
                WriteSpaces(output, indent);
            }

            WriteKey(output, entries[i].Key);
            output.Write(":"u8);
            WriteValue(output, entries[i].Value, indent, childIndent: indent + 2, sequenceIndent: indent);
        }
    }

    private static void WriteSequence(ArrayBufferWriter<byte> output, YSequence sequence, int indent)
    {
        foreach (var item in sequence.Items)
        {
            WriteSpaces(output, indent);
            output.Write("-"u8);
            switch (item)
            {
                case YMapping { Entries.Length: > 0 } mapping:
                    output.Write(" "u8);
                    WriteMapping(output, mapping, indent + 2, inlineFirst: true);
                    break;
                default:
                    WriteValue(output, item, indent, childIndent: indent + 2, sequenceIndent: indent + 2);
                    break;
            }
        }
    }

    private static void WriteValue(ArrayBufferWriter<byte> output, YNode value, int indent, int childIndent, int sequenceIndent)
    {
        switch (value)
        {
            case YMapping { Entries.Length: > 0 } mapping:
                output.Write("\n"u8);
                WriteMapping(output, mapping, childIndent, inlineFirst: false);
                break;
            case YSequence { Items.Length: > 0 } sequence:
                output.Write("\n"u8);
                WriteSequence(output, sequence, sequenceIndent);
                break;
            default:
                output.Write(" "u8);
                WriteInline(output, value);
                output.Write("\n"u8);
                break;
        }
    }

    private static void WriteInline(ArrayBufferWriter<byte> output, YNode node)
    {
        switch (node)
        {
            case YMapping:
                output.Write("{}"u8);
                break;
            case YSequence:
                output.Write("[]"u8);
                break;
            case YScalar scalar:
                WriteScalar(output, scalar);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node));
        }
    }

    private static void WriteKey(ArrayBufferWriter<byte> output, YKey key)
    {
        if (key.Kind != ScalarKind.String)
        {
            WriteScalar(output, key.Value, key.Kind);
            return;
        }

        if (!RememberedKeys.TryGetValue(key.Value, out var written))
        {
            written = Encoding.UTF8.GetBytes(StringScalar(key.Value));
            if (RememberedKeys.Count < MaxRememberedKeys)
            {
                RememberedKeys.TryAdd(key.Value, written);
            }
        }

        output.Write(written);
    }

    private static void WriteScalar(ArrayBufferWriter<byte> output, YScalar scalar) => WriteScalar(output, scalar.Value, scalar.Kind);

    private static void WriteScalar(ArrayBufferWriter<byte> output, string value, ScalarKind kind)
    {
        switch (kind)
        {
            case ScalarKind.String:
                WriteText(output, StringScalar(value));
                break;
            case ScalarKind.Null:
                output.Write("null"u8);
                break;
            case ScalarKind.Int:
                WriteText(output, ScalarNumbers.IntegerText(value)); // every reader gets the number we read (Kubernetes takes 0777 for octal)
                break;
            default:
                WriteText(output, value);
                break;
        }
    }

    private static void WriteText(ArrayBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    private static void WriteSpaces(ArrayBufferWriter<byte> output, int count)
    {
        if (count == 0)
        {
            return;
        }

        output.GetSpan(count)[..count].Fill((byte)' ');
        output.Advance(count);
    }

    /// <summary>Plain when unambiguous, else a double-quoted string with escapes.</summary>
    public static string StringScalar(string value) => NeedsQuotes(value) ? Quote(value) : value;

    private static bool NeedsQuotes(string value)
        => !IsLongPlainWord(value)
           && (value.Length == 0
           || ScalarResolver.ResolvePlain(value) != ScalarKind.String
           || PlainScalarPatterns.IsYaml11Special(value)
           || !PlainScalarPatterns.IsSafePlain(value)
           || value.Contains(": ", StringComparison.Ordinal)
           || value.Contains(" #", StringComparison.Ordinal)
           || value.EndsWith(':')
           || value.AsSpan().ContainsAny(EscapedCharacters));

    /// <summary>
    /// Most values (names, hosts, type URLs, enum names): a letter, then letters, digits, '-', '_', '.' or '/', longer
    /// than any word YAML reads as a boolean or null (the longest, "false", has five letters). Every reader takes such a
    /// value as the same string, so the checks below are skipped for it.
    /// </summary>
    private static bool IsLongPlainWord(string value)
    {
        if (value.Length <= 5 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters <see cref="NeedsEscape"/> is true for.</summary>
    private static readonly SearchValues<char> EscapedCharacters = SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(NeedsEscape)]);

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

    private sealed class KeyOrder : IComparer<YEntry>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(YEntry x, YEntry y) => string.CompareOrdinal(x.Key.Value, y.Key.Value);
    }
}
