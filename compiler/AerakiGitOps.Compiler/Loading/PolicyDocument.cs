using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Loading;

/// <summary>
/// One recognised policy object with where it came from. <see cref="Namespace"/> is already defaulted
/// (from --namespace) for namespaced kinds.
/// </summary>
public sealed record PolicyDocument(PolicyKind Kind, string ApiVersion, string Name, string Namespace, YMapping Root, SourceLocation At)
{
    public string File => At.File;

    /// <summary>"Kind namespace/name", the way diagnostics name an object.</summary>
    public string DisplayName => Namespace.Length == 0 ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";
}
