using System.Globalization;
using System.Text.RegularExpressions;

namespace AerakiGitOps.Compiler.Validation.Re2;

/// <summary>Backslash escapes, following RE2's parser: anything not listed here is an error in RE2.</summary>
internal sealed partial class Re2Translator
{
    /// <summary>Reads one escape at the current position; <paramref name="isSet"/> says it stands for several characters.</summary>
    private Re2SyntaxError? Escape(bool inClass, out bool isSet)
    {
        isSet = false;
        var start = _index;
        if (start + 1 >= _pattern.Length)
        {
            return Error("trailing backslash at the end of the pattern", start);
        }

        _quantifier = QuantifierState.None;
        _lastAtomRepeat = 1;
        var c = _pattern[start + 1];
        switch (c)
        {
            case >= '1' and <= '9' when c > '7' || start + 2 >= _pattern.Length || !IsOctal(_pattern[start + 2]):
                return Error($"backreference '\\{c}' is not supported", start);
            case >= '0' and <= '7':
                return Octal(start);
            case 'x':
                return Hex(start);
            case 'p' or 'P':
                isSet = true;
                return UnicodeClass(start);
            case 'd' or 'D' or 's' or 'S' or 'w' or 'W':
                isSet = true;
                return Take($"\\{c}", 2);
            case 'a' or 'f' or 't' or 'n' or 'r' or 'v':
                return Take($"\\{c}", 2);
            case 'A' or 'z' or 'b' or 'B' when !inClass:
                return Take($"\\{c}", 2);
            case 'C' when !inClass:
                // RE2 (Envoy's engine) has \C, any byte; Go's regexp does not. Accepted, as Envoy would.
                return Take(@"[\s\S]", 2);
            case 'Q' when !inClass:
                return Quote(start);
            case 'k' or 'g':
                return Error($"backreference '\\{c}' is not supported", start);
            case 'Z':
                return Error("'\\Z' is not supported; use '\\z' for the end of the text", start);
            case 'G':
                return Error("'\\G' (end of the previous match) is not supported", start);
            case '_':
                return Take("_", 2);
            case < (char)128 when !char.IsAsciiLetterOrDigit(c):
                return Take($"\\{c}", 2);
            default:
                return Error(inClass && c is 'A' or 'z' or 'b' or 'B' or 'C' or 'Q'
                    ? $"escape '\\{c}' is not allowed in a character class"
                    : $"escape '\\{c}' is not supported by RE2", start);
        }
    }

    private Re2SyntaxError? Take(string translated, int length)
    {
        Emit(translated, _index);
        _index += length;
        return null;
    }

    /// <summary>\0, \01, \012, \12, \123: RE2 reads up to three octal digits (a lone \1-\7 is a backreference, rejected above).</summary>
    private Re2SyntaxError? Octal(int start)
    {
        var end = start + 1;
        while (end < _pattern.Length && end < start + 4 && IsOctal(_pattern[end]))
        {
            end++;
        }

        var value = Convert.ToInt32(_pattern[(start + 1)..end], 8);
        return Take(CodePoint(value), end - start);
    }

    /// <summary>\xHH or \x{H...} up to U+10FFFF.</summary>
    private Re2SyntaxError? Hex(int start)
    {
        var at = start + 2;
        string digits;
        int length;
        if (at < _pattern.Length && _pattern[at] == '{')
        {
            var close = _pattern.IndexOf('}', at);
            digits = close < 0 ? string.Empty : _pattern[(at + 1)..close];
            length = close - start + 1;
        }
        else
        {
            digits = at + 2 <= _pattern.Length ? _pattern.Substring(at, 2) : string.Empty;
            length = 4;
        }

        if (digits.Length is 0 or > 8 || !digits.All(char.IsAsciiHexDigit)
            || int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture) is var value && value > 0x10FFFF)
        {
            return Error("invalid escape '\\x'; write \\xHH or \\x{H...} up to 10FFFF", start);
        }

        return Take(CodePoint(value), length);
    }

    /// <summary>\pL, \p{Greek}, \p{^Lu}, \PL. Scripts have no .NET equivalent, so a category stands in for syntax checking.</summary>
    private Re2SyntaxError? UnicodeClass(int start)
    {
        var negated = _pattern[start + 1] == 'P';
        var at = start + 2;
        if (at >= _pattern.Length)
        {
            return Error("'\\p' needs a class name, such as \\pL or \\p{Greek}", start);
        }

        string name;
        int length;
        if (_pattern[at] == '{')
        {
            var close = _pattern.IndexOf('}', at);
            if (close < 0)
            {
                return Error("'\\p{' is missing its closing '}'", start);
            }

            name = _pattern[(at + 1)..close];
            length = close - start + 1;
        }
        else
        {
            name = _pattern[at].ToString();
            length = 3;
        }

        if (name.StartsWith('^'))
        {
            negated = !negated;
            name = name[1..];
        }

        if (!Re2UnicodeNames.IsKnown(name))
        {
            return Error($"unknown Unicode class '{name}'", start);
        }

        var category = Re2UnicodeNames.IsCategory(name) ? name : "L";
        return Take($"\\{(negated ? 'P' : 'p')}{{{category}}}", length);
    }

    /// <summary>\Q...\E quotes literally (to the end when \E is missing).</summary>
    private Re2SyntaxError? Quote(int start)
    {
        var end = _pattern.IndexOf("\\E", start + 2, StringComparison.Ordinal);
        var text = end < 0 ? _pattern[(start + 2)..] : _pattern[(start + 2)..end];
        for (var i = 0; i < text.Length; i++)
        {
            Emit(Regex.Escape(text[i].ToString()), start + 2 + i);
        }

        _index = end < 0 ? _pattern.Length : end + 2;
        return null;
    }

    private static string CodePoint(int value) => value <= 0xFFFF ? $"\\u{value:X4}" : "\\uFFFF";

    private static bool IsOctal(char c) => c is >= '0' and <= '7';
}
