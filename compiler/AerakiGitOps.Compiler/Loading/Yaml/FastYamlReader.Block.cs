namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>Block mappings and block sequences, nested by indentation.</summary>
internal sealed partial class FastYamlReader
{
    // Above this many keys, duplicates are looked for with a set instead of a scan.
    private const int LinearDuplicateScanLimit = 16;

    /// <summary>A collection that starts a content line (the value of <c>key:</c> or <c>-</c> on the lines before).</summary>
    private YNode ParseNestedBlock(int indent)
    {
        if (IsSequenceEntryHere())
        {
            return ParseBlockSequence(indent);
        }

        var key = ScanBlockScalar();
        if (!IsKeyIndicatorAfterSpaces())
        {
            // A scalar or flow collection on the line after its key: valid, but left to YamlDotNet.
            throw Decline();
        }

        return ParseBlockMapping(indent, key);
    }

    /// <summary>
    /// A block mapping whose keys sit at column <paramref name="indent"/> + 1; <paramref name="firstKey"/> was
    /// scanned and the cursor is on its <c>:</c>. Returns with the cursor on the first line that is not its own.
    /// </summary>
    private YMapping ParseBlockMapping(int indent, ScalarToken firstKey)
    {
        EnterCollection();
        var at = At(firstKey.Start);
        var first = _entries.Count;
        HashSet<string>? keys = null;
        var token = firstKey;
        while (true)
        {
            if (token.End - token.Start > 1000)
            {
                // YamlDotNet does not look further than 1024 characters back for a simple key.
                throw Decline();
            }

            var key = MakeKey(token);
            CheckUnique(key.Value, first, ref keys);
            var colon = _pos;
            _pos++;
            SkipSpaces();
            YNode value;
            if (AtLineEnd(_pos) || _text[_pos] == '#')
            {
                var afterColon = At(colon + 1);
                FinishLine();
                SkipToContent();
                if (_next > indent)
                {
                    value = ParseNestedBlock(_next);
                }
                else if (_next == indent && IsSequenceEntryHere())
                {
                    value = ParseBlockSequence(indent);
                }
                else
                {
                    value = new YScalar(afterColon, string.Empty, ScalarKind.Null);
                }
            }
            else
            {
                value = ParseInlineValue();
                FinishLine();
                SkipToContent();
                if (_next > indent)
                {
                    throw Decline();
                }
            }

            _entries.Add(new YEntry(key, value));
            if (_next != indent)
            {
                break;
            }

            if (IsSequenceEntryHere())
            {
                throw Decline();
            }

            token = ScanBlockScalar();
            if (!IsKeyIndicatorAfterSpaces())
            {
                throw Decline();
            }
        }

        _depth--;
        return new YMapping(at, TakeEntries(first));
    }

    /// <summary>A block sequence whose dashes sit at column <paramref name="indent"/> + 1; the cursor is on the first dash.</summary>
    private YSequence ParseBlockSequence(int indent)
    {
        EnterCollection();
        var at = At(_pos);
        var first = _items.Count;
        while (true)
        {
            _pos++;
            var dashEnd = _pos;
            SkipSpaces();
            YNode item;
            if (AtLineEnd(_pos) || _text[_pos] == '#')
            {
                var afterDash = At(dashEnd);
                FinishLine();
                SkipToContent();
                item = _next > indent
                    ? ParseNestedBlock(_next)
                    : new YScalar(afterDash, string.Empty, ScalarKind.Null);
            }
            else if (_text[_pos] is '[' or '{')
            {
                item = ParseFlowCollection();
                FinishLine();
                SkipToContent();
            }
            else if (_text[_pos] == '-' && IsBlankAt(_pos + 1))
            {
                // A sequence nested on the dash's line.
                throw Decline();
            }
            else
            {
                var column = _pos - _lineStart;
                var token = ScanBlockScalar();
                if (IsKeyIndicatorAfterSpaces())
                {
                    item = ParseBlockMapping(column, token);
                }
                else
                {
                    item = MakeScalar(token);
                    FinishLine();
                    SkipToContent();
                }
            }

            _items.Add(item);
            if (_next > indent)
            {
                throw Decline();
            }

            if (_next != indent || !IsSequenceEntryHere())
            {
                break;
            }
        }

        _depth--;
        return new YSequence(at, TakeItems(first));
    }

    /// <summary>The value after <c>key: </c> on the key's line: a scalar or a flow collection.</summary>
    private YNode ParseInlineValue()
    {
        if (_text[_pos] is '[' or '{')
        {
            return ParseFlowCollection();
        }

        if (_text[_pos] == '-' && IsBlankAt(_pos + 1))
        {
            throw Decline();
        }

        return MakeScalar(ScanBlockScalar());
    }

    private void CheckUnique(string key, int first, ref HashSet<string>? keys)
    {
        var count = _entries.Count - first;
        if (keys is null && count < LinearDuplicateScanLimit)
        {
            for (var i = first; i < _entries.Count; i++)
            {
                if (string.Equals(_entries[i].Key.Value, key, StringComparison.Ordinal))
                {
                    throw Decline();
                }
            }

            return;
        }

        if (keys is null)
        {
            keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = first; i < _entries.Count; i++)
            {
                keys.Add(_entries[i].Key.Value);
            }
        }

        if (!keys.Add(key))
        {
            throw Decline();
        }
    }
}
