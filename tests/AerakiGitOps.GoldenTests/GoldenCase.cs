using System.Text.Json;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.GoldenTests;

/// <summary>
/// One golden case: TestData/&lt;NNN-area&gt;/&lt;NNN-case&gt;/ with the input in policies/ and the expected output
/// tree in expected/ (plus expected/diagnostics.txt, empty when the input is clean). A failing input's
/// expected/ holds only diagnostics.txt.
/// </summary>
public sealed record GoldenCase(string Name)
{
    public static string TestDataRoot => RepositoryPaths.Combine("tests", "AerakiGitOps.GoldenTests", "TestData");

    public string Folder => Path.Combine(TestDataRoot, Name);

    public string Policies => Path.Combine(Folder, "policies");

    public string Expected => Path.Combine(Folder, "expected");

    /// <summary>The options to compile the case with: the defaults, changed by compile-options.json when present.</summary>
    public CompileOptions CompileOptions()
    {
        var file = Path.Combine(Folder, "compile-options.json");
        if (!File.Exists(file))
        {
            return new CompileOptions();
        }

        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var allow = json.RootElement.TryGetProperty("allowPlaintextSecrets", out var value) && value.GetBoolean();
        return new CompileOptions { AllowPlaintextSecrets = allow };
    }

    /// <summary>Every case folder (one that has policies/), found by walking TestData.</summary>
    public static IEnumerable<GoldenCase> All()
        => Directory.EnumerateDirectories(TestDataRoot, "policies", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(TestDataRoot, Path.GetDirectoryName(p)!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(n => new GoldenCase(n));

    public override string ToString() => Name;
}
