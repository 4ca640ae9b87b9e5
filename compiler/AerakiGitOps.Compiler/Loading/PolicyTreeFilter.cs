namespace AerakiGitOps.Compiler.Loading;

/// <summary>
/// The entries of a git policy tree a source never looks at: hidden names (".git", ".github", ".draft.yaml")
/// and the excluded folders, such as an output folder inside the policy folder (paths relative to the policy root).
/// </summary>
internal sealed class PolicyTreeFilter(IReadOnlyCollection<string>? excludedFolders)
{
    private readonly HashSet<string> _excluded = (excludedFolders ?? []).Select(PolicyFileNames.NormaliseFolder).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the entry <paramref name="name"/> at <paramref name="relative"/> (its path below the policy root) is skipped.</summary>
    public bool Skips(string name, string relative) => PolicyFileNames.IsHidden(name) || _excluded.Contains(relative);
}
