namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>One problem to report, taken from the nested schema errors.</summary>
internal sealed record Finding(SchemaFindingKind Kind, SchemaError Error, IReadOnlyList<string> Fields);
