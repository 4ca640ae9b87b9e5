using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Rendering.Filters;
using Scriban;
using Scriban.Syntax;

namespace AerakiGitOps.Compiler.Rendering.Manifests;

/// <summary>
/// Renders planned manifests through their templates with strict variables and a loop limit, then
/// parses every result back and checks its identity, so a template bug is a diagnostic, not a broken commit.
/// </summary>
public sealed class ManifestRenderer(TemplateCatalog templates)
{
    private readonly RenderPass? _pass;

    /// <summary>A renderer that takes manifests from, and adds them to, a render cache's pass.</summary>
    internal ManifestRenderer(TemplateCatalog templates, RenderPass? pass)
        : this(templates) => _pass = pass;

    public RenderedManifest? Render(PlannedManifest planned, DiagnosticBag diagnostics)
    {
        if (templates.Get(planned.Template, diagnostics) is not { } template)
        {
            return null;
        }

        return _pass is null
            ? RenderAndParseBack(template, planned, diagnostics)
            : _pass.GetOrRender(template, planned, () => RenderAndParseBack(template, planned, diagnostics));
    }

    /// <summary>The render cache's key of a manifest whose template parsed (every manifest that rendered).</summary>
    internal RenderKey CacheKeyOf(PlannedManifest planned, DiagnosticBag diagnostics)
        => new(templates.Get(planned.Template, diagnostics) ?? throw new InvalidOperationException($"template {planned.Template} did not parse"), planned.Kind, planned.Name, planned.Namespace);

    private static RenderedManifest? RenderAndParseBack(Template template, PlannedManifest planned, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = RenderText(template, planned.View);
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Report(DiagnosticCatalog.TemplateRender, Location(planned), planned.Kind, planned.Name, ex.Message);
            return null;
        }

        return ParseBack(planned, text, diagnostics);
    }

    /// <summary>The template's text for <paramref name="view"/>, on this thread's reusable Scriban context.</summary>
    internal static string RenderText(Template template, object view) => ReusableTemplateContext.Render(template, view);

    private static RenderedManifest? ParseBack(PlannedManifest planned, string text, DiagnosticBag diagnostics)
    {
        var parseDiagnostics = new DiagnosticBag();
        var documents = YamlTreeReader.Default.Read(TemplateCatalog.SourcePath(planned.Template), text, parseDiagnostics);
        var problem = parseDiagnostics.ToSortedList().FirstOrDefault()?.ToString();
        if (problem is null && (documents.Count != 1 || documents[0].Root is not YMapping))
        {
            problem = $"expected one mapping document, got {documents.Count} documents";
        }

        if (problem is null)
        {
            var root = (YMapping)documents[0].Root;
            var metadata = root["metadata"] as YMapping;
            var identity = ((root["kind"] as YScalar)?.Value, (metadata?["name"] as YScalar)?.Value, (metadata?["namespace"] as YScalar)?.Value);
            if (identity != (planned.Kind, planned.Name, planned.Namespace))
            {
                problem = $"it renders {identity} instead of {(planned.Kind, planned.Name, planned.Namespace)}";
            }
            else
            {
                return new RenderedManifest(planned.Kind, planned.Name, planned.Namespace, root, planned.SourceFiles);
            }
        }

        diagnostics.Report(DiagnosticCatalog.RenderedManifestInvalid, Location(planned), planned.Kind, planned.Name, problem);
        return null;
    }

    private static SourceLocation Location(PlannedManifest planned) => SourceLocation.OfFile(TemplateCatalog.SourcePath(planned.Template));
}
