namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// One header matcher of a route: the attribute, how it is compared (exact, prefix, suffix, regex, present),
/// the value ("" for present) and whether the result is inverted.
/// </summary>
public sealed record MatcherSummary(string Attribute, string Kind, string Value, bool Invert);
