using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>
/// MeshSettings.secrets: how a Secret reference in a policy becomes an Envoy DataSource the proxy can
/// read. The compiler never reads a Secret; it only names the file or environment variable that holds
/// the value. <see cref="Default"/> is `file`, `environment` or `none`.
/// </summary>
public sealed record SecretSettingsSpec(string Default, string Directory, ImmutableArray<SecretMappingSpec> Mappings, SourceLocation? At)
{
    /// <summary>Where Secrets are mounted by default: &lt;directory&gt;/&lt;secret&gt;/&lt;key&gt;.</summary>
    public const string DefaultDirectory = "/etc/aeraki-gitops/secrets";

    /// <summary>Every Secret reference is read from a file below <see cref="DefaultDirectory"/>.</summary>
    public static SecretSettingsSpec Files { get; } = new("file", DefaultDirectory, [], null);
}
