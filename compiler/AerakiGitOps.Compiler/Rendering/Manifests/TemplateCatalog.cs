using System.Collections.Concurrent;
using System.Reflection;
using AerakiGitOps.Compiler.Diagnostics;
using Scriban;

namespace AerakiGitOps.Compiler.Rendering.Manifests;

/// <summary>
/// The Scriban templates embedded in the compiler, each parsed once (with its source path so messages
/// point into it). Parse errors become diagnostics, never exceptions.
/// </summary>
public sealed class TemplateCatalog
{
    private const string Prefix = "Templates/";
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly Func<string, string?> _read;

    /// <summary>A catalog over the embedded templates.</summary>
    public TemplateCatalog()
        : this(ReadEmbedded)
    {
    }

    /// <summary>A catalog whose template text comes from <paramref name="read"/> (name to text, null when there is none): for tests of the renderer.</summary>
    public TemplateCatalog(Func<string, string?> read) => _read = read;

    /// <summary>The embedded templates, each parsed once per process.</summary>
    public static TemplateCatalog Shared { get; } = new();

    /// <summary>Names of every embedded template.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(TemplateCatalog).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The parsed template, or null after reporting its errors.</summary>
    public Template? Get(string name, DiagnosticBag diagnostics)
    {
        var template = _parsed.GetOrAdd(name, Parse);
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages)
        {
            var at = new SourceLocation(SourcePath(name), message.Span.Start.Line + 1, message.Span.Start.Column + 1);
            diagnostics.Report(DiagnosticCatalog.TemplateSyntax, at, message.Message);
        }

        return null;
    }

    /// <summary>Where the template lives in the repository, for diagnostics.</summary>
    public static string SourcePath(string name) => $"compiler/AerakiGitOps.Compiler/Rendering/Templates/{name}";

    private Template Parse(string name)
        => Template.Parse(_read(name) ?? throw new InvalidOperationException($"template {name} does not exist"), SourcePath(name));

    private static string? ReadEmbedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
