namespace AerakiGitOps.Compiler.Loading;

/// <summary>Which files below the policy root are policy files.</summary>
public static class PolicyFileNames
{
    public static bool IsPolicyFile(string path)
        => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Hidden folders (".git", ".github") are not part of the policy tree.</summary>
    public static bool IsHidden(string name) => name.StartsWith('.');

    /// <summary>A folder path relative to the policy root in the form sources compare: forward slashes, no leading or trailing slash.</summary>
    public static string NormaliseFolder(string folder) => folder.Replace('\\', '/').Trim('/');
}
