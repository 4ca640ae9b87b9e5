using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.GoldenTests;

/// <summary>
/// One bad-input case: BadInput/&lt;case&gt;/ holds the policy files (any layout), an optional generate.txt
/// recipe for inputs git cannot hold or that would be too large to commit (see <see cref="BadInputRecipe"/>),
/// and expected.txt: `exit N` then one `file(line,col) ID` line per diagnostic, in reported order.
/// </summary>
public sealed record BadInputCase(string Name)
{
    public static string Root => RepositoryPaths.Combine("tests", "AerakiGitOps.GoldenTests", "BadInput");

    public string Folder => Path.Combine(Root, Name);

    public static IEnumerable<BadInputCase> All()
        => Directory.EnumerateFiles(Root, "expected.txt", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, Path.GetDirectoryName(p)!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(n => new BadInputCase(n));

    /// <summary>Copies the case's input files (not expected.txt or generate.txt) into <paramref name="target"/>.</summary>
    public void CopyInputsTo(string target)
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Folder, file);
            if (relative is "expected.txt" or "generate.txt")
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    public override string ToString() => Name;
}
