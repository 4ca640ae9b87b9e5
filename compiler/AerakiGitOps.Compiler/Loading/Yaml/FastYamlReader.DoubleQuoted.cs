using System.Buffers;
using System.Globalization;
using System.Text;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>Double-quoted scalars on one line, with the escapes JSON writers produce.</summary>
internal sealed partial class FastYamlReader
{
    private static readonly SearchValues<char> DoubleQuotedStops = SearchValues.Create("\"\\\n\r");

    private StringBuilder? _builder;

    private string ScanDoubleQuoted()
    {
        var contentStart = ++_pos;
        StringBuilder? builder = null;
        while (true)
        {
            var stop = _text.AsSpan(_pos).IndexOfAny(DoubleQuotedStops);
            if (stop < 0)
            {
                throw Decline();
            }

            stop += _pos;
            switch (_text[stop])
            {
                case '"':
                    if (builder is null)
                    {
                        _pos = stop + 1;
                        return ScalarStrings.Get(_text.AsSpan(contentStart, stop - contentStart));
                    }

                    builder.Append(_text, _pos, stop - _pos);
                    _pos = stop + 1;
                    return builder.ToString();
                case '\\':
                    builder ??= Builder();
                    builder.Append(_text, _pos, stop - _pos);
                    _pos = stop + 1;
                    AppendEscape(builder);
                    break;
                default:
                    // A line break inside quotes folds: left to YamlDotNet.
                    throw Decline();
            }
        }
    }

    /// <summary>The escape after a backslash; the cursor is on its letter and ends after it.</summary>
    private void AppendEscape(StringBuilder builder)
    {
        if (_pos >= _text.Length)
        {
            throw Decline();
        }

        var letter = _text[_pos++];
        switch (letter)
        {
            case '\\' or '"' or '/':
                builder.Append(letter);
                break;
            case 'n':
                builder.Append('\n');
                break;
            case 't':
                builder.Append('\t');
                break;
            case 'r':
                builder.Append('\r');
                break;
            case 'b':
                builder.Append('\b');
                break;
            case 'f':
                builder.Append('\f');
                break;
            case '0':
                builder.Append('\0');
                break;
            case 'a':
                builder.Append('\a');
                break;
            case 'v':
                builder.Append('\v');
                break;
            case 'e':
                builder.Append('\u001B');
                break;
            case 'x':
                builder.Append(HexCharacter(2));
                break;
            case 'u':
                builder.Append(HexCharacter(4));
                break;
            default:
                throw Decline();
        }
    }

    private char HexCharacter(int digits)
    {
        if (_pos + digits > _text.Length
            || !int.TryParse(_text.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || char.IsSurrogate((char)code))
        {
            throw Decline();
        }

        _pos += digits;
        return (char)code;
    }

    private StringBuilder Builder() => (_builder ??= new StringBuilder()).Clear();
}
