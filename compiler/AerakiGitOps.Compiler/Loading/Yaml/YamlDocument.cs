namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>One parsed YAML document of a file: its root node and its 0-based index in the file.</summary>
public sealed record YamlDocument(int Index, YNode Root);
