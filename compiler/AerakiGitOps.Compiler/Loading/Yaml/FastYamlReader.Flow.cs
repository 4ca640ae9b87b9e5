namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>
/// Flow collections that open and close on one line: <c>[a, "b"]</c>, <c>{k: v, n: [1, 2]}</c>. Empty
/// values, single-pair mappings in sequences, trailing commas and keys without a space after the colon
/// are declined.
/// </summary>
internal sealed partial class FastYamlReader
{
    /// <summary>The cursor is on <c>[</c> or <c>{</c>; it ends after the closing bracket.</summary>
    private YNode ParseFlowCollection() => _text[_pos] == '[' ? ParseFlowSequence() : ParseFlowMapping();

    private YNode ParseFlowNode() => _text[_pos] is '[' or '{' ? ParseFlowCollection() : MakeScalar(ScanFlowScalar());

    private YSequence ParseFlowSequence()
    {
        EnterCollection();
        var at = At(_pos);
        var first = _items.Count;
        _pos++;
        SkipFlowSpaces();
        if (_text[_pos] != ']')
        {
            while (true)
            {
                _items.Add(ParseFlowNode());
                if (!NextFlowItem(']'))
                {
                    break;
                }
            }
        }

        _pos++;
        _depth--;
        return new YSequence(at, TakeItems(first));
    }

    private YMapping ParseFlowMapping()
    {
        EnterCollection();
        var at = At(_pos);
        var first = _entries.Count;
        HashSet<string>? keys = null;
        _pos++;
        SkipFlowSpaces();
        if (_text[_pos] != '}')
        {
            while (true)
            {
                if (_text[_pos] is '[' or '{')
                {
                    throw Decline();
                }

                var key = MakeKey(ScanFlowScalar());
                CheckUnique(key.Value, first, ref keys);
                if (_pos + 1 >= _text.Length || _text[_pos] != ':' || _text[_pos + 1] != ' ')
                {
                    throw Decline();
                }

                _pos += 2;
                SkipFlowSpaces();
                if (_text[_pos] is ',' or '}')
                {
                    throw Decline();
                }

                _entries.Add(new YEntry(key, ParseFlowNode()));
                if (!NextFlowItem('}'))
                {
                    break;
                }
            }
        }

        _pos++;
        _depth--;
        return new YMapping(at, TakeEntries(first));
    }

    /// <summary>After an item: true on a comma followed by another item, false on the closing bracket (the cursor stays on it).</summary>
    private bool NextFlowItem(char close)
    {
        SkipFlowSpaces();
        if (_text[_pos] == close)
        {
            return false;
        }

        if (_text[_pos] != ',')
        {
            throw Decline();
        }

        _pos++;
        SkipFlowSpaces();
        if (_text[_pos] is ',' or ']' or '}')
        {
            throw Decline();
        }

        return true;
    }

    /// <summary>Spaces inside a flow collection; the collection may not go on to the next line.</summary>
    private void SkipFlowSpaces()
    {
        SkipSpaces();
        if (AtLineEnd(_pos))
        {
            throw Decline();
        }
    }
}
