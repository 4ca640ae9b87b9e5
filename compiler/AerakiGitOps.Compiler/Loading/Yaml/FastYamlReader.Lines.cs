namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>Moving the cursor over lines: blank and comment lines, line ends, document markers.</summary>
internal sealed partial class FastYamlReader
{
    /// <summary>
    /// From the start of a line, skips blank and comment lines. Leaves the cursor on the first character
    /// of the next content line and returns its indentation, or returns <see cref="EndOfText"/>, or
    /// <see cref="DocumentMarker"/> with the cursor on a <c>---</c> or <c>...</c> line.
    /// </summary>
    private int SkipToContent()
    {
        while (true)
        {
            if (_pos >= _text.Length)
            {
                return _next = EndOfText;
            }

            var i = _pos;
            while (i < _text.Length && _text[i] == ' ')
            {
                i++;
            }

            if (AtLineEnd(i) || _text[i] == '#')
            {
                _pos = i;
                SkipRestOfLine();
                continue;
            }

            if (i == _lineStart && IsDocumentMarker(i))
            {
                _pos = i;
                return _next = DocumentMarker;
            }

            _pos = i;
            return _next = i - _lineStart;
        }
    }

    /// <summary>After a node: only spaces and a comment may end the line; moves to the next line.</summary>
    private void FinishLine()
    {
        SkipSpaces();
        if (_pos < _text.Length && _text[_pos] == '#')
        {
            if (_text[_pos - 1] != ' ')
            {
                throw Decline();
            }
        }
        else if (!AtLineEnd(_pos))
        {
            throw Decline();
        }

        SkipRestOfLine();
    }

    private void SkipRestOfLine()
    {
        var lineFeed = _text.IndexOf('\n', _pos);
        if (lineFeed < 0)
        {
            _pos = _text.Length;
            return;
        }

        _pos = lineFeed + 1;
        _line++;
        _lineStart = _pos;
    }

    private void SkipSpaces()
    {
        while (_pos < _text.Length && _text[_pos] == ' ')
        {
            _pos++;
        }
    }

    private bool IsDocumentMarker(int i)
        => i + 3 <= _text.Length
            && (_text.AsSpan(i, 3) is "---" || _text.AsSpan(i, 3) is "...")
            && IsBlankAt(i + 3);

    /// <summary>A <c>:</c> that ends a key, after optional spaces; the cursor stays on the <c>:</c>.</summary>
    private bool IsKeyIndicatorAfterSpaces()
    {
        SkipSpaces();
        return _pos < _text.Length && _text[_pos] == ':' && IsBlankAt(_pos + 1);
    }

    private bool IsSequenceEntryHere() => _next >= 0 && _text[_pos] == '-' && IsBlankAt(_pos + 1);

    // FastYamlText has made sure every CR is followed by LF, so a CR always ends a line.
    private bool AtLineEnd(int i) => i >= _text.Length || _text[i] is '\n' or '\r';

    private bool IsBlankAt(int i) => i >= _text.Length || _text[i] is ' ' or '\n' or '\r';
}
