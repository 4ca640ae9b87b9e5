using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>Single-line plain and quoted scalars, and turning scanned pieces into nodes.</summary>
internal sealed partial class FastYamlReader
{
    /// <summary>
    /// A scanned scalar: <see cref="Start"/> is its first character (the quote of a quoted one),
    /// <see cref="End"/> is just after its last one; <see cref="Quoted"/> scalars carry their unescaped value.
    /// </summary>
    private readonly record struct ScalarToken(int Start, int End, string? Quoted);

    /// <summary>A scalar in block context, on one line; the cursor ends just after it.</summary>
    private ScalarToken ScanBlockScalar()
    {
        var c = _text[_pos];
        if (c is '"' or '\'')
        {
            return ScanQuoted();
        }

        if (!IsPlainStart(_pos))
        {
            throw Decline();
        }

        var start = _pos;
        var end = _pos;
        var i = _pos;
        while (i < _text.Length)
        {
            c = _text[i];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (c == ' ')
            {
                i++;
                continue;
            }

            if (c == ':')
            {
                if (IsBlankAt(i + 1))
                {
                    break;
                }

                if (_text[i + 1] is ',' or '[' or ']' or '{' or '}')
                {
                    throw Decline();
                }
            }
            else if (c == '#' && _text[i - 1] == ' ')
            {
                break;
            }

            end = ++i;
        }

        _pos = end;
        return new ScalarToken(start, end, null);
    }

    /// <summary>A scalar inside a flow collection; it may not contain flow indicators, <c>:</c> or <c>#</c>.</summary>
    private ScalarToken ScanFlowScalar()
    {
        var c = _text[_pos];
        if (c is '"' or '\'')
        {
            return ScanQuoted();
        }

        if (!IsPlainStart(_pos))
        {
            throw Decline();
        }

        var start = _pos;
        var end = _pos;
        var i = _pos;
        while (true)
        {
            if (AtLineEnd(i))
            {
                throw Decline();
            }

            c = _text[i];
            if (c is ',' or ']' or '}')
            {
                break;
            }

            if (c == ':')
            {
                if (i + 1 >= _text.Length || _text[i + 1] != ' ' || end == start)
                {
                    throw Decline();
                }

                break;
            }

            if (c is '[' or '{' or '#')
            {
                throw Decline();
            }

            if (c != ' ')
            {
                end = i + 1;
            }

            i++;
        }

        _pos = end;
        return new ScalarToken(start, end, null);
    }

    private bool IsPlainStart(int i)
    {
        switch (_text[i])
        {
            case ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`':
            case '?' or ':':
            case ' ' or '\n' or '\r':
                return false;
            case '-':
                return !IsBlankAt(i + 1) && _text[i + 1] is not (',' or '[' or ']' or '{' or '}' or '#');
            default:
                return true;
        }
    }

    /// <summary>A single- or double-quoted scalar that ends on its own line.</summary>
    private ScalarToken ScanQuoted()
    {
        var start = _pos;
        var value = _text[_pos] == '\'' ? ScanSingleQuoted() : ScanDoubleQuoted();
        return new ScalarToken(start, _pos, value);
    }

    private string ScanSingleQuoted()
    {
        var contentStart = ++_pos;
        StringBuilder? builder = null;
        while (true)
        {
            var quote = _text.AsSpan(_pos).IndexOfAny('\'', '\n', '\r');
            if (quote < 0 || _text[_pos + quote] != '\'')
            {
                throw Decline();
            }

            var close = _pos + quote;
            if (close + 1 < _text.Length && _text[close + 1] == '\'')
            {
                builder ??= Builder();
                builder.Append(_text, _pos, close + 1 - _pos);
                _pos = close + 2;
                continue;
            }

            if (builder is null)
            {
                _pos = close + 1;
                return ScalarStrings.Get(_text.AsSpan(contentStart, close - contentStart));
            }

            builder.Append(_text, _pos, close - _pos);
            _pos = close + 1;
            return builder.ToString();
        }
    }

    private YScalar MakeScalar(ScalarToken token)
    {
        var key = MakeKey(token);
        return new YScalar(key.At, key.Value, key.Kind);
    }

    private YKey MakeKey(ScalarToken token)
    {
        var at = At(token.Start);
        if (token.Quoted is { } quoted)
        {
            return new YKey(quoted, ScalarKind.String, at);
        }

        var value = ScalarStrings.Get(_text.AsSpan(token.Start, token.End - token.Start));
        return new YKey(value, ScalarResolver.ResolvePlain(value), at);
    }

    private ImmutableArray<YNode> TakeItems(int first)
    {
        var count = _items.Count - first;
        if (count == 0)
        {
            return [];
        }

        var items = new YNode[count];
        _items.CopyTo(first, items, 0, count);
        _items.RemoveRange(first, count);
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private ImmutableArray<YEntry> TakeEntries(int first)
    {
        var count = _entries.Count - first;
        if (count == 0)
        {
            return [];
        }

        var entries = new YEntry[count];
        _entries.CopyTo(first, entries, 0, count);
        _entries.RemoveRange(first, count);
        return ImmutableCollectionsMarshal.AsImmutableArray(entries);
    }
}
