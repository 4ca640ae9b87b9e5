using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>One entry of spec.tests; <see cref="At"/> is the entry itself, where a failure is reported.</summary>
public sealed record RouteTestCaseSpec(string Name, RouteRequestSpec Request, RouteExpectationSpec Expect, SourceLocation At);
