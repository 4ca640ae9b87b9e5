using System.Collections.Immutable;
using System.Runtime.InteropServices;
using AerakiGitOps.Compiler.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>
/// Turns YAML text into position-carrying node trees, one per document. Never throws on bad input:
/// syntax errors, duplicate keys, alias bombs and over-deep nesting become diagnostics, and the
/// documents parsed before a syntax error are kept.
/// </summary>
public sealed class YamlTreeReader(YamlLimits limits)
{
    public static YamlTreeReader Default { get; } = new(YamlLimits.Default);

    public IReadOnlyList<YamlDocument> Read(string file, string text, DiagnosticBag diagnostics)
    {
        return ReadFast(file, text) ?? ReadWithYamlDotNet(file, text, diagnostics);
    }

    /// <summary>The fast path alone: the documents, or <c>null</c> when the text needs YamlDotNet (see <see cref="FastYamlReader"/>).</summary>
    internal IReadOnlyList<YamlDocument>? ReadFast(string file, string text) => FastYamlReader.TryRead(file, text, limits);

    /// <summary>The full YAML parser, for any text.</summary>
    internal IReadOnlyList<YamlDocument> ReadWithYamlDotNet(string file, string text, DiagnosticBag diagnostics)
    {
        var documents = new List<YamlDocument>();
        var parser = new Parser(new StringReader(text));
        var state = new DocumentBuilder(file, limits, diagnostics);
        var lastGood = new SourceLocation(file, 1, 1);
        try
        {
            while (parser.MoveNext())
            {
                lastGood = new SourceLocation(file, (int)parser.Current!.End.Line, (int)parser.Current.End.Column);
                switch (parser.Current)
                {
                    case DocumentStart:
                        state.Reset();
                        break;
                    case DocumentEnd:
                        if (state.Root is { } root && !(root is YScalar { IsNull: true }))
                        {
                            documents.Add(new YamlDocument(documents.Count, root));
                        }

                        state.Reset();
                        break;
                    case { } parsingEvent:
                        state.Accept(parsingEvent);
                        break;
                }

                if (state.StopReading)
                {
                    // YamlDotNet's scanner does work per open flow level for every token, so reading the rest
                    // of a hostile document (100 000 nested '[') would take minutes: stop at the limit.
                    break;
                }
            }
        }
        catch (YamlException ex)
        {
            var at = TabIndentation.Locate(text, (int)ex.Start.Line, CleanMessage(ex)) is { } tab
                ? new SourceLocation(file, tab.Line, tab.Column)
                : new SourceLocation(file, (int)ex.Start.Line, (int)ex.Start.Column);
            diagnostics.Report(DiagnosticCatalog.YamlSyntax, at, CleanMessage(ex));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these on some truncated input (an unclosed flow collection at the
            // end of the file); the problem is after the last token it could read.
            diagnostics.Report(DiagnosticCatalog.YamlSyntax, lastGood, "unexpected end of the document (an unclosed [ or { ?)");
        }

        return documents;
    }

    private static string CleanMessage(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (...)": the location is reported separately.
        var message = ex.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message;
    }

    /// <summary>Builds one document's tree from parser events with an explicit stack (no recursion).</summary>
    private sealed class DocumentBuilder(string file, YamlLimits limits, DiagnosticBag diagnostics)
    {
        private readonly Stack<Frame> _stack = new();
        private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
        private bool _abandoned;

        public YNode? Root { get; private set; }

        /// <summary>True once the nesting limit was hit: the rest of the file is not read.</summary>
        public bool StopReading { get; private set; }

        public void Reset()
        {
            _stack.Clear();
            _anchors.Clear();
            _abandoned = false;
            Root = null;
        }

        public void Accept(ParsingEvent parsingEvent)
        {
            if (_abandoned)
            {
                return;
            }

            switch (parsingEvent)
            {
                case Scalar scalar:
                    Complete(new YScalar(At(scalar.Start), scalar.Value, ScalarResolver.Resolve(scalar)), scalar.Anchor);
                    break;
                case AnchorAlias alias:
                    if (_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        Complete(target, AnchorName.Empty);
                    }
                    else
                    {
                        Abandon(DiagnosticCatalog.YamlSyntax, At(alias.Start), $"alias '*{alias.Value.Value}' refers to no anchor defined before it");
                    }

                    break;
                case MappingStart mapping:
                    Push(new Frame(At(mapping.Start), mapping.Anchor, IsMapping: true));
                    break;
                case SequenceStart sequence:
                    Push(new Frame(At(sequence.Start), sequence.Anchor, IsMapping: false));
                    break;
                case MappingEnd or SequenceEnd:
                    var frame = _stack.Pop();
                    Complete(frame.Build(), frame.Anchor);
                    break;
            }
        }

        private void Push(Frame frame)
        {
            if (_stack.Count >= limits.MaxDepth)
            {
                Abandon(DiagnosticCatalog.NestingTooDeep, frame.At, limits.MaxDepth);
                StopReading = true;
                return;
            }

            _stack.Push(frame);
        }

        private void Complete(YNode node, AnchorName anchor)
        {
            if (node.ExpandedSize > limits.MaxExpandedNodes)
            {
                Abandon(DiagnosticCatalog.AliasExpansionTooLarge, node.At, limits.MaxExpandedNodes);
                return;
            }

            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = node;
            }

            if (_stack.Count == 0)
            {
                Root = node;
                return;
            }

            var parent = _stack.Peek();
            if (!parent.IsMapping)
            {
                parent.Items.Add(node);
                return;
            }

            if (parent.PendingKey is null)
            {
                if (node is not YScalar key)
                {
                    Abandon(DiagnosticCatalog.YamlSyntax, node.At, "mapping keys must be plain scalars");
                    return;
                }

                parent.PendingKey = key;
                return;
            }

            if (parent.Keys.TryGetValue(parent.PendingKey.Value, out var first))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateKey, parent.PendingKey.At, parent.PendingKey.Value, first.At.Line);
            }
            else
            {
                parent.Keys.Add(parent.PendingKey.Value, parent.PendingKey);
                parent.Entries.Add(new YEntry(parent.PendingKey, node));
            }

            parent.PendingKey = null;
        }

        private void Abandon(DiagnosticDescriptor descriptor, SourceLocation at, params object?[] arguments)
        {
            diagnostics.Report(descriptor, at, arguments);
            _abandoned = true;
            _stack.Clear();
            Root = null;
        }

        private SourceLocation At(Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

        private sealed record Frame(SourceLocation At, AnchorName Anchor, bool IsMapping)
        {
            // Only the collections of the frame's kind are ever used: a sequence has no keys, a mapping no items.
            public List<YNode> Items => field ??= [];

            public List<YEntry> Entries => field ??= [];

            public Dictionary<string, YScalar> Keys => field ??= new(StringComparer.Ordinal);

            public YScalar? PendingKey { get; set; }

            public YNode Build() => IsMapping
                ? new YMapping(At, ToImmutable(Entries))
                : new YSequence(At, ToImmutable(Items));

            private static ImmutableArray<T> ToImmutable<T>(List<T> list)
                => list.Count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(list.ToArray());
        }
    }
}
