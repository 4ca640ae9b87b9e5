using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>
/// Where a JSON token of the converted document came from: its display path ("spec.routes[0].weight",
/// empty for the document itself), the YAML node it was made from and, for a property, the key.
/// </summary>
internal sealed record JsonNodeOrigin(string Path, YNode Node, YKey? Key);
