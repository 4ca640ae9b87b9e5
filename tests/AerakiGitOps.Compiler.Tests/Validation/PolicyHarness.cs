using System.Text;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Binding;
using AerakiGitOps.Compiler.Validation;

namespace AerakiGitOps.Compiler.Tests.Validation;

/// <summary>Runs YAML text through the real loader, binder, model and every registered rule.</summary>
internal static class PolicyHarness
{
    public const string File = "test.yaml";

    public static IReadOnlyList<Diagnostic> Validate(string yaml) => Validate(yaml, new ModelSettings());

    public static IReadOnlyList<Diagnostic> Validate(string yaml, ModelSettings settings)
    {
        var diagnostics = new DiagnosticBag();
        var documents = new PolicyLoader("default").LoadFile(new PolicyFile(File, Encoding.UTF8.GetBytes(yaml)), diagnostics);
        var specs = SpecBinder.Bind(documents, diagnostics);
        PolicyValidator.Validate(new PolicyModel(specs, settings), diagnostics);
        return diagnostics.ToSortedList();
    }

    /// <summary>Each diagnostic as "AGO3001 12:5" (id, line, column), the form the test tables use.</summary>
    public static string[] Positions(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Select(d => $"{d.Id} {d.Location.Line}:{d.Location.Column}").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Asserts the diagnostics by id, line and column, printing the messages when they differ.</summary>
    public static void AssertDiagnostics(string yaml, IEnumerable<string> expected)
    {
        var actual = Validate(yaml);
        Assert.All(actual, d => Assert.Equal(File, d.Location.File));
        var want = expected.Order(StringComparer.Ordinal).ToArray();
        var got = Positions(actual);
        Assert.True(want.SequenceEqual(got), $"expected [{string.Join(", ", want)}] but got:\n{string.Join("\n", actual)}");
    }
}
