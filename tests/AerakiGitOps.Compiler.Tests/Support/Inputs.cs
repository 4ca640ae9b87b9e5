using System.Text;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Binding;

namespace AerakiGitOps.Compiler.Tests.Support;

/// <summary>Builds loader results and models from YAML text held in the test, without disk and without the schema stage.</summary>
internal static class Inputs
{
    /// <summary>Joins lines with LF, so positions in a test are easy to count.</summary>
    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    public static PolicyFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    public static (IReadOnlyList<PolicyDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics) Load(string text, string path = "policy.yaml", string defaultNamespace = "default")
    {
        var diagnostics = new DiagnosticBag();
        var documents = new PolicyLoader(defaultNamespace).LoadFile(File(path, text), diagnostics);
        return (documents, diagnostics.ToSortedList());
    }

    /// <summary>The model of several files; the loader and binder must report nothing.</summary>
    public static PolicyModel BuildModel(params (string Path, string Text)[] files) => BuildModel(new ModelSettings(), files);

    public static PolicyModel BuildModel(ModelSettings settings, params (string Path, string Text)[] files)
    {
        var diagnostics = new DiagnosticBag();
        var loader = new PolicyLoader("default");
        var documents = files.SelectMany(f => loader.LoadFile(File(f.Path, f.Text), diagnostics)).ToList();
        var specs = SpecBinder.Bind(documents, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return new PolicyModel(specs, settings);
    }

    public static PolicyModel BuildModel(string text) => BuildModel(("policy.yaml", text));
}
