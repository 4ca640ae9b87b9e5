using System.Buffers;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>
/// The characters <see cref="FastYamlReader"/> handles: printable ASCII, LF, CR before LF, and the printable
/// BMP outside surrogates. Tabs, lone CRs, control characters, NEL, the Unicode line and paragraph
/// separators and byte order marks change how YAML splits lines or count columns differently: text with
/// any of them goes to YamlDotNet.
/// </summary>
internal static class FastYamlText
{
    // Every ASCII control character but LF, and DEL.
    private static readonly SearchValues<char> AsciiOutsideRange = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    public static bool IsSupported(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(AsciiOutsideRange); i >= 0; i = Next(span, i, AsciiOutsideRange))
        {
            if (span[i] != '\r' || i + 1 >= span.Length || span[i + 1] != '\n')
            {
                return false;
            }
        }

        for (var i = span.IndexOfAnyInRange('\u0080', '\uFFFF'); i >= 0; i = NextNonAscii(span, i))
        {
            if (!IsSupportedNonAscii(span[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSupportedNonAscii(char c)
        => c is (>= '\u00A0' and < '\uD800') or (>= '\uE000' and <= '\uFFFD')
            && c is not ('\u2028' or '\u2029' or '\uFEFF');

    private static int Next(ReadOnlySpan<char> span, int i, SearchValues<char> values)
    {
        var next = span[(i + 1)..].IndexOfAny(values);
        return next < 0 ? -1 : i + 1 + next;
    }

    private static int NextNonAscii(ReadOnlySpan<char> span, int i)
    {
        var next = span[(i + 1)..].IndexOfAnyInRange('\u0080', '\uFFFF');
        return next < 0 ? -1 : i + 1 + next;
    }
}
