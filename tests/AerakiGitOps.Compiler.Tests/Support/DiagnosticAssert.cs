using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Tests.Support;

/// <summary>Diagnostics compared by id, file, line and column: never by message text.</summary>
internal static class DiagnosticAssert
{
    public static string Key(Diagnostic d) => $"{d.Id} {d.Location.File}({d.Location.Line},{d.Location.Column})";

    /// <summary>The diagnostics are exactly these "AGO1234 file(line,col)" keys, in order.</summary>
    public static void Exactly(IEnumerable<Diagnostic> diagnostics, params string[] expected)
        => Assert.Equal(expected, diagnostics.Select(Key).ToArray());

    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string expected)
    {
        var list = diagnostics.ToList();
        Assert.Equal([expected], list.Select(Key).ToArray());
        return list[0];
    }
}
