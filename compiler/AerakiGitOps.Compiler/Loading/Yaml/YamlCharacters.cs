namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>
/// The characters YAML 1.2 allows in a stream (section 5.1): tab, line feed, carriage return, printable
/// ASCII, NEL and the printable Unicode ranges. YamlDotNet accepts some others (NUL among them) as scalar
/// content, which would carry them into names and generated manifests.
/// </summary>
public static class YamlCharacters
{
    /// <summary>The index of the first character YAML does not allow, or -1.</summary>
    public static int IndexOfDisallowed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAllowed(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // Surrogates are allowed here: strict UTF-8 decoding already guarantees they come in valid pairs.
    private static bool IsAllowed(char c)
        => c is '\t' or '\n' or '\r' or '\u0085'
            || c is >= '\u0020' and <= '\u007E'
            || c is >= '\u00A0' and <= '\uD7FF'
            || c is >= '\uD800' and <= '\uDFFF'
            || c is >= '\uE000' and <= '\uFFFD';
}
