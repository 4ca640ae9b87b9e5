using System.Text;

namespace AerakiGitOps.Compiler.Validation.Re2;

/// <summary>
/// Scans an RE2 pattern once, left to right, rejecting the constructs RE2 does not have and rewriting
/// RE2-only syntax ((?P&lt;name&gt;, \pL, \x{...}, \Q...\E, [[:alpha:]], the U flag, octal escapes) into
/// .NET syntax. Ordinary syntax errors are left to .NET's parser. Split by concern into partial files.
/// </summary>
internal sealed partial class Re2Translator
{
    /// <summary>RE2's repetition limit (kMaxRepeat).</summary>
    private const int MaxRepeat = 1000;

    private readonly string _pattern;
    private readonly StringBuilder _output = new();
    private readonly List<int> _origins = [];
    private readonly HashSet<string> _groupNames = new(StringComparer.Ordinal);
    private int _index;

    // What precedes the current position, to tell a lazy '?' from a nested or possessive quantifier.
    private QuantifierState _quantifier;
    private string _lastQuantifier = string.Empty;

    // Counted-repetition products, to apply RE2's limit to nesting: the largest inside the open group, the
    // values of the enclosing groups, and what the atom before a quantifier already repeats.
    private readonly Stack<long> _enclosingRepeats = new();
    private long _groupRepeat = 1;
    private long _lastAtomRepeat = 1;

    private Re2Translator(string pattern) => _pattern = pattern;

    private enum QuantifierState
    {
        None,
        Quantified,
        Lazy,
    }

    public static Re2Translation Translate(string pattern)
    {
        var translator = new Re2Translator(pattern);
        var error = translator.Run();
        return new Re2Translation(translator._output.ToString(), translator._origins, error);
    }

    private Re2SyntaxError? Run()
    {
        while (_index < _pattern.Length)
        {
            var c = _pattern[_index];
            var error = c switch
            {
                '\\' => Escape(inClass: false, out _),
                '[' => CharacterClass(),
                '(' => GroupOpen(),
                '*' or '+' or '?' => Quantifier(c.ToString(), 1),
                '{' => Brace(),
                '}' => Literal("\\}", 1),
                ')' => GroupClose(),
                _ => Literal(c.ToString(), 1),
            };
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private Re2SyntaxError? Quantifier(string text, int length, long count = 1)
    {
        switch (_quantifier)
        {
            case QuantifierState.Quantified when text == "?":
                Emit("?", _index);
                _index += length;
                _quantifier = QuantifierState.Lazy;
                _lastQuantifier += "?";
                return null;
            case QuantifierState.Quantified when text == "+":
                return Error($"possessive quantifier '{_lastQuantifier}+' is not supported", _index - _lastQuantifier.Length);
            case QuantifierState.Quantified or QuantifierState.Lazy:
                return Error($"nested repetition operator '{_lastQuantifier}{text}' is not supported; group the inner repetition with (?:...)", _index);
        }

        // RE2 limits the product of nested counted repetitions, such as (a{100}){100}, to 1000 too.
        var product = _lastAtomRepeat * count;
        if (product > MaxRepeat)
        {
            return Error($"nested repetition '{text}' repeats more than RE2's limit of {MaxRepeat} times in total", _index);
        }

        _groupRepeat = Math.Max(_groupRepeat, product);
        Emit(text, _index);
        _index += length;
        _quantifier = QuantifierState.Quantified;
        _lastQuantifier = text;
        return null;
    }

    /// <summary>{n}, {n,} or {n,m} is a repetition; any other '{' is a literal, as in RE2.</summary>
    private Re2SyntaxError? Brace()
    {
        var close = _pattern.IndexOf('}', _index);
        if (close < 0 || !TryParseRepeat(_pattern[(_index + 1)..close], out var min, out var max))
        {
            return Literal("\\{", 1);
        }

        var text = _pattern[_index..(close + 1)];
        if (min > MaxRepeat || max > MaxRepeat)
        {
            return Error($"repetition count in '{text}' is above RE2's limit of {MaxRepeat}", _index);
        }

        if (max >= 0 && max < min)
        {
            return Error($"invalid repetition range '{text}': the maximum is below the minimum", _index);
        }

        return Quantifier(text, text.Length, max >= 0 ? max : min);
    }

    private static bool TryParseRepeat(string body, out long min, out long max)
    {
        min = max = -1;
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        var low = comma < 0 ? body : body[..comma];
        var high = comma < 0 ? low : body[(comma + 1)..];
        if (!TryParseCount(low, out min))
        {
            return false;
        }

        if (high.Length == 0)
        {
            max = -1;
            return true;
        }

        return TryParseCount(high, out max);
    }

    private static bool TryParseCount(string digits, out long value)
    {
        value = 0;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        // Saturate instead of overflowing: anything this long is above the limit anyway.
        value = digits.Length > 9 ? long.MaxValue : long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    private Re2SyntaxError? Literal(string text, int length)
    {
        Emit(text, _index);
        _index += length;
        _quantifier = QuantifierState.None;
        _lastAtomRepeat = 1;
        return null;
    }

    private void OpenGroup()
    {
        _enclosingRepeats.Push(_groupRepeat);
        _groupRepeat = 1;
    }

    /// <summary>A ')' ends a group; what the group repeats inside multiplies with a count applied to it.</summary>
    private Re2SyntaxError? GroupClose()
    {
        var inner = _groupRepeat;
        var result = Literal(")", 1);
        if (_enclosingRepeats.TryPop(out var enclosing))
        {
            _groupRepeat = Math.Max(enclosing, inner);
            _lastAtomRepeat = inner;
        }

        return result;
    }

    private void Emit(string text, int origin)
    {
        _output.Append(text);
        for (var i = 0; i < text.Length; i++)
        {
            _origins.Add(origin);
        }
    }

    private static Re2SyntaxError Error(string message, int index) => new(message, index + 1);
}
