using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>
/// Reads the block-style YAML that policy files and rendered manifests use (block mappings and
/// sequences, single-line plain and quoted scalars, single-line flow collections, comments, document
/// markers) straight into node trees, much faster than YamlDotNet's event parser. It builds exactly the
/// tree YamlDotNet's path would (values, resolution, line and column of every node) and returns
/// <c>null</c>, having reported nothing, on anything else: anchors, aliases, tags, block scalars,
/// multi-line scalars, directives, tabs, duplicate keys, limits, any syntax error. The caller then reads
/// the text with YamlDotNet, so diagnostics stay as they were.
/// </summary>
internal sealed partial class FastYamlReader
{
    private const int EndOfText = -1;
    private const int DocumentMarker = -2;

    // Recursion is about two frames per nesting level: stay far from the thread's stack size whatever the limits say.
    private const int MaxSupportedDepth = 512;

    private readonly string _file;
    private readonly string _text;
    private readonly YamlLimits _limits;
    private readonly List<YNode> _items;
    private readonly List<YEntry> _entries;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _depth;

    /// <summary>Indentation of the content line the cursor is on, or <see cref="EndOfText"/> or <see cref="DocumentMarker"/>.</summary>
    private int _next;

    /// <summary>
    /// The stacks of items and entries of the collections being read, kept per thread between texts: grown anew for
    /// each of tens of thousands of small texts (every rendered manifest is read back), they were most of what reading
    /// allocated.
    /// </summary>
    [ThreadStatic]
    private static (List<YNode> Items, List<YEntry> Entries)? t_stacks;

    private const int MaxKeptStackCapacity = 4096;

    private FastYamlReader(string file, string text, YamlLimits limits, List<YNode> items, List<YEntry> entries)
    {
        _file = file;
        _text = text;
        _limits = limits;
        _items = items;
        _entries = entries;
    }

    /// <summary>The documents of <paramref name="text"/>, or <c>null</c> when the text needs the full YAML parser.</summary>
    public static IReadOnlyList<YamlDocument>? TryRead(string file, string text, YamlLimits limits)
    {
        if (!FastYamlText.IsSupported(text))
        {
            return null;
        }

        // Taken off the thread while in use, so a read inside a read (none today) would get stacks of its own.
        var (items, entries) = t_stacks ?? ([], []);
        t_stacks = null;
        try
        {
            return new FastYamlReader(file, text, limits, items, entries).ReadDocuments();
        }
        catch (DeclinedException)
        {
            return null;
        }
        finally
        {
            items.Clear();
            entries.Clear();
            if (items.Capacity <= MaxKeptStackCapacity && entries.Capacity <= MaxKeptStackCapacity)
            {
                t_stacks = (items, entries);
            }
        }
    }

    private List<YamlDocument> ReadDocuments()
    {
        var documents = new List<YamlDocument>();
        var startedDocument = false;
        var ended = false;
        SkipToContent();
        while (_next != EndOfText)
        {
            if (_next == DocumentMarker)
            {
                if (_text[_pos] == '-')
                {
                    startedDocument = true;
                    ended = false;
                }
                else if (startedDocument && !ended)
                {
                    ended = true;
                }
                else
                {
                    throw Decline();
                }

                _pos += 3;
                FinishLine();
                SkipToContent();
                continue;
            }

            if (ended)
            {
                throw Decline();
            }

            var root = ParseRoot(_next);
            if (root.ExpandedSize > _limits.MaxExpandedNodes)
            {
                throw Decline();
            }

            if (root is not YScalar { IsNull: true })
            {
                documents.Add(new YamlDocument(documents.Count, root));
            }

            startedDocument = true;
        }

        return documents;
    }

    /// <summary>The single node of a document, starting on the content line the cursor is on; only a marker or the end may follow.</summary>
    private YNode ParseRoot(int indent)
    {
        YNode root;
        var c = _text[_pos];
        if (c == '-' && IsBlankAt(_pos + 1))
        {
            root = ParseBlockSequence(indent);
        }
        else if (c is '[' or '{')
        {
            root = ParseFlowCollection();
            FinishLine();
            SkipToContent();
        }
        else
        {
            var token = ScanBlockScalar();
            if (IsKeyIndicatorAfterSpaces())
            {
                root = ParseBlockMapping(indent, token);
            }
            else
            {
                root = MakeScalar(token);
                FinishLine();
                SkipToContent();
            }
        }

        if (_next >= 0)
        {
            throw Decline();
        }

        return root;
    }

    private SourceLocation At(int index) => new(_file, _line, index - _lineStart + 1);

    private void EnterCollection()
    {
        if (++_depth > _limits.MaxDepth || _depth > MaxSupportedDepth)
        {
            throw Decline();
        }
    }

    private static DeclinedException Decline() => new();

    /// <summary>Thrown to abandon the fast path; caught in <see cref="TryRead"/> and never seen outside.</summary>
    private sealed class DeclinedException : Exception;
}
