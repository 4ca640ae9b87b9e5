using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.GoldenTests;

/// <summary>
/// One golden diff case: DiffCases/&lt;NNN-case&gt;/ with two policy folders, base/ and head/, and the expected diff in
/// every format in expected/ (diff.txt, diff.md, diff.json). Kept outside TestData/, whose folders are render cases.
/// </summary>
public sealed record DiffCase(string Name)
{
    public static string Root => RepositoryPaths.Combine("tests", "AerakiGitOps.GoldenTests", "DiffCases");

    public string Folder => Path.Combine(Root, Name);

    public string Base => Path.Combine(Folder, "base");

    public string Head => Path.Combine(Folder, "head");

    public string Expected => Path.Combine(Folder, "expected");

    /// <summary>Every case folder (one that has base/), found by walking DiffCases.</summary>
    public static IEnumerable<DiffCase> All()
        => Directory.EnumerateDirectories(Root, "base", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, Path.GetDirectoryName(p)!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(n => new DiffCase(n));

    public override string ToString() => Name;
}
