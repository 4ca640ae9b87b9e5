using System.Text;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Loading;

/// <summary>
/// Turns policy files into recognised policy documents. Pure: works on bytes, reports every problem
/// as a diagnostic, and can be called per file so callers may cache results by blob id.
/// </summary>
public sealed class PolicyLoader(string defaultNamespace, YamlLimits? limits = null)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly YamlLimits _limits = limits ?? YamlLimits.Default;

    public string DefaultNamespace => defaultNamespace;

    /// <summary>Loads one file: decode, parse, recognise. Diagnostics of this file go to <paramref name="diagnostics"/>.</summary>
    public IReadOnlyList<PolicyDocument> LoadFile(PolicyFile file, DiagnosticBag diagnostics)
    {
        if (file.Content.Length > _limits.MaxFileBytes)
        {
            diagnostics.Report(DiagnosticCatalog.FileTooLarge, SourceLocation.OfFile(file.Path), file.Content.Length, _limits.MaxFileBytes);
            return [];
        }

        if (!TryDecode(file, diagnostics, out var text))
        {
            return [];
        }

        var documents = new List<PolicyDocument>();
        foreach (var yaml in new YamlTreeReader(_limits).Read(file.Path, text, diagnostics))
        {
            Recognise(yaml.Root, documents, diagnostics);
        }

        return documents;
    }

    private static bool TryDecode(PolicyFile file, DiagnosticBag diagnostics, out string text)
    {
        var bytes = file.Content.Span;
        var bomLength = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        bytes = bytes[bomLength..];

        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            // The offset names the byte in the file as a hex editor shows it (after the byte order mark).
            diagnostics.Report(DiagnosticCatalog.NotUtf8, LocateByte(file.Path, bytes, ex.Index), ex.Index + bomLength);
            text = string.Empty;
            return false;
        }

        var disallowed = YamlCharacters.IndexOfDisallowed(text);
        if (disallowed < 0)
        {
            return true;
        }

        diagnostics.Report(DiagnosticCatalog.YamlSyntax, LocateChar(file.Path, text, disallowed), $"the control character U+{(int)text[disallowed]:X4} is not allowed in YAML; remove it");
        text = string.Empty;
        return false;
    }

    private static SourceLocation LocateChar(string path, string text, int index)
    {
        var before = text.AsSpan(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return new SourceLocation(path, before.Count('\n') + 1, index - lineStart + 1);
    }

    /// <summary>Line and column of a byte, the column counted in characters as editors count it (the line before the byte is valid UTF-8).</summary>
    private static SourceLocation LocateByte(string path, ReadOnlySpan<byte> bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new SourceLocation(path, line, column);
    }

    private void Recognise(YNode root, List<PolicyDocument> documents, DiagnosticBag diagnostics)
    {
        if (root is not YMapping mapping)
        {
            diagnostics.Report(DiagnosticCatalog.DocumentNotMapping, root.At, root is YSequence ? "sequence" : "scalar");
            return;
        }

        var apiVersion = (mapping["apiVersion"] as YScalar)?.Value;
        var kind = (mapping["kind"] as YScalar)?.Value;
        if (string.IsNullOrEmpty(apiVersion) || string.IsNullOrEmpty(kind))
        {
            diagnostics.Report(DiagnosticCatalog.MissingTypeMeta, mapping.At, string.IsNullOrEmpty(apiVersion) ? "apiVersion" : "kind");
            return;
        }

        if (kind == "List" && apiVersion == "v1" && mapping["items"] is YSequence items)
        {
            // kubectl's List wrapper: each item is a document of its own.
            foreach (var item in items.Items)
            {
                Recognise(item, documents, diagnostics);
            }

            return;
        }

        switch (KnownKinds.Lookup(apiVersion, kind, out var policyKind, out var versions))
        {
            case KnownKinds.Match.UnknownKind:
                diagnostics.Report(DiagnosticCatalog.UnknownKind, mapping.At, kind, apiVersion);
                return;
            case KnownKinds.Match.UnsupportedVersion:
                diagnostics.Report(DiagnosticCatalog.UnsupportedApiVersion, mapping.Entry("apiVersion")!.Value.Value.At, kind, apiVersion, string.Join(", ", versions));
                return;
        }

        var metadata = mapping["metadata"] as YMapping;
        var name = (metadata?["name"] as YScalar)?.Value ?? string.Empty;
        if (name.Length == 0 && KnownKinds.NeedsName(policyKind))
        {
            diagnostics.Report(DiagnosticCatalog.MissingName, metadata?.At ?? mapping.At, kind);
            return;
        }

        var ns = (metadata?["namespace"] as YScalar)?.Value;
        if (string.IsNullOrEmpty(ns))
        {
            ns = KnownKinds.IsClusterScoped(policyKind) ? string.Empty : defaultNamespace;
        }

        documents.Add(new PolicyDocument(policyKind, apiVersion, name, ns, mapping, mapping.At));
    }
}
