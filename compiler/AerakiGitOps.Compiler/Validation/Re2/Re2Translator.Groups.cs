namespace AerakiGitOps.Compiler.Validation.Re2;

/// <summary>Groups: captures, named captures, flag groups, and the Perl/PCRE/.NET group kinds RE2 lacks.</summary>
internal sealed partial class Re2Translator
{
    private static readonly (string Prefix, string Construct)[] Unsupported =
    [
        ("(?P=", "named backreference '(?P=name)'"),
        ("(?P>", "recursion '(?P>name)'"),
        ("(?<=", "lookbehind '(?<='"),
        ("(?<!", "negative lookbehind '(?<!'"),
        ("(?=", "lookahead '(?='"),
        ("(?!", "negative lookahead '(?!'"),
        ("(?>", "atomic group '(?>'"),
        ("(?(", "conditional '(?('"),
        ("(?#", "comment group '(?#'"),
        ("(?|", "branch reset group '(?|'"),
        ("(?'", "named group '(?'name')' (write (?P<name>...))"),
        ("(?&", "subroutine call '(?&name)'"),
        ("(?R", "recursion '(?R)'"),
    ];

    private Re2SyntaxError? GroupOpen()
    {
        _quantifier = QuantifierState.None;
        if (_index + 1 >= _pattern.Length || _pattern[_index + 1] != '?')
        {
            Emit("(", _index);
            OpenGroup();
            _index++;
            return null;
        }

        var rest = _pattern.AsSpan(_index);
        foreach (var (prefix, construct) in Unsupported)
        {
            if (rest.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Error($"{construct} is not supported", _index);
            }
        }

        if (rest.StartsWith("(?P<", StringComparison.Ordinal))
        {
            return NamedGroup(_index + 4);
        }

        if (rest.StartsWith("(?<", StringComparison.Ordinal))
        {
            return NamedGroup(_index + 3);
        }

        if (rest.Length > 2 && (char.IsAsciiDigit(rest[2]) || (rest[2] is '+' or '-' && rest.Length > 3 && char.IsAsciiDigit(rest[3]))))
        {
            return Error("recursion or subroutine call '(?N)' is not supported", _index);
        }

        return FlagGroup();
    }

    private Re2SyntaxError? NamedGroup(int nameStart)
    {
        var close = _pattern.IndexOf('>', nameStart);
        if (close < 0)
        {
            return Error("named capture group is missing its closing '>'", _index);
        }

        var name = _pattern[nameStart..close];
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return Error($"invalid capture group name '{name}'; use letters, digits and '_'", nameStart);
        }

        if (!_groupNames.Add(name))
        {
            return Error($"duplicate capture group name '{name}'", nameStart);
        }

        Emit($"(?<{name}>", _index);
        OpenGroup();
        _index = close + 1;
        return null;
    }

    /// <summary>(?flags) or (?flags:re) with RE2's flags i, m, s and U; U (ungreedy) has no .NET twin and is dropped.</summary>
    private Re2SyntaxError? FlagGroup()
    {
        var start = _index;
        var on = string.Empty;
        var off = string.Empty;
        var negated = false;
        var sawFlag = false;
        for (var i = _index + 2; i < _pattern.Length; i++)
        {
            var c = _pattern[i];
            switch (c)
            {
                case 'i' or 'm' or 's' or 'U':
                    sawFlag = true;
                    if (c != 'U')
                    {
                        on += negated ? string.Empty : c;
                        off += negated ? c : string.Empty;
                    }

                    break;
                case '-' when !negated:
                    negated = true;
                    sawFlag = false;
                    break;
                case ':' or ')':
                    // "(?:" is a plain non-capturing group; "(?)", "(?-)" and "(?i-)" are errors in RE2.
                    if (!sawFlag && (negated || c == ')'))
                    {
                        return Error($"invalid flag group '{_pattern[start..(i + 1)]}'", start);
                    }

                    EmitFlags(on, off, c, start);
                    if (c == ':')
                    {
                        OpenGroup();
                    }

                    _index = i + 1;
                    return null;
                default:
                    return Error($"flag '{c}' in '(?' is not supported; RE2 has the flags i, m, s and U", i);
            }
        }

        return Error("flag group is missing its closing ')'", start);
    }

    private void EmitFlags(string on, string off, char terminator, int origin)
    {
        var flags = on + (off.Length > 0 ? "-" + off : string.Empty);
        if (flags.Length > 0)
        {
            Emit($"(?{flags}{terminator}", origin);
        }
        else if (terminator == ':')
        {
            Emit("(?:", origin);
        }
    }
}
