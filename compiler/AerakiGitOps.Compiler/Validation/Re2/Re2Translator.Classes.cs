namespace AerakiGitOps.Compiler.Validation.Re2;

/// <summary>Character classes: RE2 takes '[' and a leading ']' literally and has POSIX classes such as [:alpha:].</summary>
internal sealed partial class Re2Translator
{
    private static readonly HashSet<string> PosixClasses = new(StringComparer.Ordinal)
    {
        "alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "word", "xdigit",
    };

    private Re2SyntaxError? CharacterClass()
    {
        var start = _index;
        Emit("[", _index);
        _index++;
        if (_index < _pattern.Length && _pattern[_index] == '^')
        {
            Emit("^", _index);
            _index++;
        }

        var first = true;
        var afterSet = false;
        while (true)
        {
            if (_index >= _pattern.Length)
            {
                return Error("missing closing ']' of the character class", start);
            }

            var c = _pattern[_index];
            var isSet = false;
            Re2SyntaxError? error = null;
            if (c == ']' && !first)
            {
                Emit("]", _index);
                _index++;
                _quantifier = QuantifierState.None;
                _lastAtomRepeat = 1;
                return null;
            }

            if (c == '[' && _index + 1 < _pattern.Length && _pattern[_index + 1] == ':' && _pattern.IndexOf(":]", _index + 2, StringComparison.Ordinal) is var close and >= 0)
            {
                error = PosixClass(close);
                isSet = true;
            }
            else if (c == '\\')
            {
                error = Escape(inClass: true, out isSet);
            }
            else
            {
                // '[' would start a .NET class subtraction after '-'; a set followed by '-' is a literal '-' in RE2.
                var literal = c switch
                {
                    '[' or ']' => $"\\{c}",
                    '-' when afterSet && _index + 1 < _pattern.Length && _pattern[_index + 1] != ']' => "\\-",
                    _ => c.ToString(),
                };
                Emit(literal, _index);
                _index++;
            }

            if (error is not null)
            {
                return error;
            }

            first = false;
            afterSet = isSet;
        }
    }

    private Re2SyntaxError? PosixClass(int close)
    {
        var name = _pattern[(_index + 2)..close];
        var negated = name.StartsWith('^');
        if (!PosixClasses.Contains(negated ? name[1..] : name))
        {
            return Error($"unknown POSIX class '[:{name}:]'", _index);
        }

        // The class's exact members do not matter for a syntax check; a Unicode category stands in.
        Emit(negated ? "\\P{L}" : "\\p{L}", _index);
        _index = close + 2;
        return null;
    }
}
