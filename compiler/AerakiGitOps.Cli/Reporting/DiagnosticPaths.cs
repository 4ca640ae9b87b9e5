namespace AerakiGitOps.Cli.Reporting;

/// <summary>
/// Diagnostics carry paths relative to the policy root; reports show them relative to where the user
/// stands (a folder source) or to the repository root (a git source), so editors and code scanning can
/// open them.
/// </summary>
public static class DiagnosticPaths
{
    public static Func<string, string> ForFolder(string policyRoot)
    {
        var root = Path.GetFullPath(policyRoot);
        var current = Directory.GetCurrentDirectory();
        return file => file.Length == 0 ? file : Path.GetRelativePath(current, Path.Combine(root, file)).Replace('\\', '/');
    }

    public static Func<string, string> ForRepository(string? subPath)
    {
        var prefix = (subPath ?? string.Empty).Replace('\\', '/').Trim('/');
        return file => file.Length == 0 || prefix.Length == 0 ? file : $"{prefix}/{file}";
    }

    public static Func<string, string> Unchanged { get; } = file => file;
}
