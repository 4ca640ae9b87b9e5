using System.Text;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model;

/// <summary>
/// Where a proxy finds one key of a Kubernetes Secret, from MeshSettings.secrets. The compiler never
/// reads the Secret: it only names a file (the Secret mounted into the proxy container) or an
/// environment variable. A mapping for the Secret wins (one for its namespace before one for any
/// namespace); otherwise the default applies; `none` means there is no data source (the rules report it).
/// </summary>
public static class SecretDataSources
{
    public static DataSource? For(SecretSettingsSpec settings, string secret, string ns, string key)
    {
        var mapping = settings.Mappings
            .Where(m => m.Secret == secret && (m.Namespace is null || m.Namespace == ns))
            .OrderBy(m => m.Namespace is null)
            .FirstOrDefault();
        if (mapping?.Directory is { } directory)
        {
            return DataSource.File($"{directory}/{key}");
        }

        if (mapping?.EnvironmentPrefix is { } prefix)
        {
            return DataSource.Environment(prefix + VariablePart(key));
        }

        return settings.Default switch
        {
            "file" => DataSource.File($"{settings.Directory}/{secret}/{key}"),
            "environment" => DataSource.Environment($"{VariablePart(secret)}_{VariablePart(key)}"),
            _ => null,
        };
    }

    /// <summary>Upper case, with every character that cannot appear in a variable name turned into '_'.</summary>
    public static string VariablePart(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.ToUpperInvariant())
        {
            result.Append(c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' ? c : '_');
        }

        return result.ToString();
    }
}
