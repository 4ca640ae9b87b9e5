using System.Text;

namespace AerakiGitOps.Compiler.Emit.Git;

/// <summary>The message of a generated commit: the source commit in the subject, then what changed.</summary>
public static class CommitMessage
{
    private const int ListedFiles = 50;

    public static string Create(CommitRequest request, OutputChanges changes)
    {
        var source = request.SourceCommit is { Length: >= 12 } sha ? sha[..12] : request.SourceRef;
        var text = new StringBuilder()
            .Append("aeraki-gitops: render ").Append(source).Append("\n\n")
            .Append("Rendered from ").Append(request.SourceCommit ?? "(no commit)").Append(" (").Append(request.SourceRef).Append(") by aeraki-gitops ")
            .Append(request.ToolVersion).Append(".\n")
            .Append("Snapshot version: ").Append(request.SnapshotVersion).Append('\n')
            .Append('\n')
            .Append(changes.Added.Count).Append(" added, ").Append(changes.Changed.Count).Append(" changed, ").Append(changes.Removed.Count).Append(" removed:\n");
        var lines = changes.Added.Select(p => $"  added:   {p}")
            .Concat(changes.Changed.Select(p => $"  changed: {p}"))
            .Concat(changes.Removed.Select(p => $"  removed: {p}"))
            .ToList();
        foreach (var line in lines.Take(ListedFiles))
        {
            text.Append(line).Append('\n');
        }

        if (lines.Count > ListedFiles)
        {
            text.Append("  ... and ").Append(lines.Count - ListedFiles).Append(" more\n");
        }

        return text.ToString();
    }
}
