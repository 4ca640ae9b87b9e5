namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>An attribute matcher as a template sees it: kind is exact, prefix, regex or present.</summary>
public sealed record HeaderMatcherView(string Name, string Kind, string Value);
