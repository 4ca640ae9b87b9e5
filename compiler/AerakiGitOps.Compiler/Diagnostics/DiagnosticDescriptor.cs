namespace AerakiGitOps.Compiler.Diagnostics;

/// <summary>
/// The fixed part of a diagnostic: a stable id that is never reused, a title, a severity and a
/// composite-format message whose arguments are supplied by each reported instance.
/// </summary>
public sealed record DiagnosticDescriptor(string Id, string Title, Severity Severity, string MessageFormat);
