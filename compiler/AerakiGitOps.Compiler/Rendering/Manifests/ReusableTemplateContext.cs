using System.Diagnostics.CodeAnalysis;
using Scriban;
using Scriban.Runtime;

namespace AerakiGitOps.Compiler.Rendering.Manifests;

/// <summary>
/// One Scriban context per thread, reused for every render on it: the settings and functions are set up
/// once, and Scriban builds its reflection-based member accessor for each view type once per thread
/// instead of once per manifest. Every render gets an empty global scope that holds only <c>model</c>,
/// and that scope is emptied afterwards, so nothing a template assigns or defines reaches the next render.
/// A render that throws leaves Scriban's stacks in an unknown state: its context is dropped, never reused.
/// </summary>
internal sealed class ReusableTemplateContext
{
    private const string ModelVariable = "model";

    private static readonly ScriptObject Functions = TemplateFunctions.Create();

    [ThreadStatic]
    private static ReusableTemplateContext? t_idle;

    [ThreadStatic]
    private static int t_createdOnThread;

    private readonly TemplateContext _context;
    private readonly ScriptObject _globals = new();

    // Views hand Scriban dictionaries, whose entries it reads by reflection: a trimmed (native) build keeps their properties.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(KeyValuePair<string, string>))]
    private ReusableTemplateContext()
    {
        _context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = 100_000,
            RecursiveLimit = 50,
            EnableRelaxedMemberAccess = false,
        };
        _context.PushGlobal(Functions);
        t_createdOnThread++;
    }

    /// <summary>Contexts created on the calling thread so far: one, unless a render threw (for tests of the reuse).</summary>
    internal static int CreatedOnThisThread => t_createdOnThread;

    /// <summary>Renders <paramref name="template"/> with <paramref name="view"/> as <c>model</c>; Scriban errors propagate.</summary>
    public static string Render(Template template, object view)
    {
        // Taken off the thread while in use, so a nested render (none today) would get a context of its own.
        var reusable = t_idle ?? new ReusableTemplateContext();
        t_idle = null;
        var text = reusable.RenderOnce(template, view);
        t_idle = reusable;
        return text;
    }

    private string RenderOnce(Template template, object view)
    {
        _globals.SetValue(ModelVariable, view, readOnly: true);
        _context.PushGlobal(_globals);
        try
        {
            return template.Render(_context);
        }
        finally
        {
            _context.PopGlobal();
            _globals.Clear();
        }
    }
}
