namespace AerakiGitOps.Compiler.Diff;

/// <summary>One request or response mutation: an attribute the proxy sets.</summary>
public sealed record KeyValueSummary(string Key, string Value);
