using System.Buffers;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>
/// The characters YAML 1.2 allows in a stream (section 5.1): tab, line feed, carriage return, printable
/// ASCII, NEL and the printable Unicode ranges. YamlDotNet accepts some others (NUL among them) as scalar
/// content, which would carry them into names and generated manifests.
/// </summary>
public static class YamlCharacters
{
    private static readonly SearchValues<char> PrintableAscii =
        SearchValues.Create([.. "\t\n\r", .. Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c)]);

    /// <summary>The index of the first character YAML does not allow, or -1.</summary>
    public static int IndexOfDisallowed(string text)
    {
        // Policy files are mostly printable ASCII: skip runs of it with a vectorised search, check the rest one by one.
        var offset = 0;
        while (true)
        {
            var next = text.AsSpan(offset).IndexOfAnyExcept(PrintableAscii);
            if (next < 0)
            {
                return -1;
            }

            offset += next;
            if (!IsAllowed(text[offset]))
            {
                return offset;
            }

            offset++;
        }
    }

    // Surrogates are allowed here: strict UTF-8 decoding already guarantees they come in valid pairs.
    private static bool IsAllowed(char c)
        => c is '\t' or '\n' or '\r' or '\u0085'
            || c is >= '\u0020' and <= '\u007E'
            || c is >= '\u00A0' and <= '\uD7FF'
            || c is >= '\uD800' and <= '\uDFFF'
            || c is >= '\uE000' and <= '\uFFFD';
}
