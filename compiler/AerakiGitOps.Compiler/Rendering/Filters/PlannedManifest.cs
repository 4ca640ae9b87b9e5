namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>A manifest to render: which template, with which view, and the source files it comes from.</summary>
public sealed record PlannedManifest(string Template, object View, string Kind, string Name, string Namespace, IReadOnlyList<string> SourceFiles);
