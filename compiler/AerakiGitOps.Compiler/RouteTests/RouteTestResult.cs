using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.RouteTests;

/// <summary>The outcome of one route test: passed, or the diagnostics that say why not.</summary>
public sealed record RouteTestResult(string Document, string Name, SourceLocation At, IReadOnlyList<Diagnostic> Failures)
{
    public bool Passed => Failures.Count == 0;
}
