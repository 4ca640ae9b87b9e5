using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.RouteTests;

/// <summary>Every route test of a repository with its outcome, in source order.</summary>
public sealed record RouteTestReport(IReadOnlyList<RouteTestResult> Results)
{
    public int Total => Results.Count;

    public int Passed => Results.Count(r => r.Passed);

    public int Failed => Total - Passed;

    /// <summary>Every failure, sorted like any other diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            var bag = new DiagnosticBag();
            bag.AddRange(Results.SelectMany(r => r.Failures));
            return bag.ToSortedList();
        }
    }

    /// <summary>"N route tests: P passed, F failed".</summary>
    public string Summary => $"{Total} route tests: {Passed} passed, {Failed} failed";
}
