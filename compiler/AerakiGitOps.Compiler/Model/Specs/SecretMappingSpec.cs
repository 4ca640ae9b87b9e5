using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>
/// One MeshSettings.secrets.mappings[] entry: where the keys of one Secret are found. Exactly one of
/// <see cref="Directory"/> (file &lt;directory&gt;/&lt;key&gt;) and <see cref="EnvironmentPrefix"/>
/// (variable &lt;prefix&gt;&lt;KEY&gt;) is expected; <see cref="Namespace"/> null matches every namespace.
/// </summary>
public sealed record SecretMappingSpec(string Secret, string? Namespace, string? Directory, string? EnvironmentPrefix, SourceLocation At);
