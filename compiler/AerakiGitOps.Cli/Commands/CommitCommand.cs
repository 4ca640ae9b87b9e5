using System.CommandLine;
using AerakiGitOps.Cli.Reporting;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Emit.Git;
using AerakiGitOps.Compiler.Loading;
using LibGit2Sharp;

namespace AerakiGitOps.Cli.Commands;

/// <summary>
/// `commit --repo PATH [--ref REF] [--path POLICY_DIR] [--output DIR | --branch BRANCH]`: render the
/// policies of a commit and commit the output, into a folder of the checked-out branch or onto a branch
/// of its own. No commit when nothing changed; uncommitted user changes are never overwritten.
/// </summary>
internal static class CommitCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new SourceOptions();
        source.Repo.DefaultValueFactory = _ => ".";
        var output = new Option<string?>("--output", "-o") { Description = "Folder of the checked-out branch to commit the output into (default: generated)" };
        var branch = new Option<string?>("--branch") { Description = "Commit the output to the root of this branch instead (e.g. env/prod); created when missing" };
        var authorName = new Option<string?>("--author-name") { Description = "Commit author name (default: git config user.name, else aeraki-gitops)" };
        var authorEmail = new Option<string?>("--author-email") { Description = "Commit author email" };
        var committerName = new Option<string?>("--committer-name") { Description = "Committer name (default: the author)" };
        var committerEmail = new Option<string?>("--committer-email") { Description = "Committer email (default: the author's)" };
        var command = new Command("commit", "Render the policies of a commit and commit the generated output with git");
        source.AddTo(command, withPath: false);
        foreach (var option in new Option[] { output, branch, authorName, authorEmail, committerName, committerEmail })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(output) is not null && result.GetValue(branch) is not null)
            {
                result.AddError("--output and --branch cannot be used together: commit to a folder or to a branch");
            }
        });

        command.SetAction(parse =>
        {
            var repoPath = parse.GetValue(source.Repo)!;
            if (GitRepositories.IsRemote(repoPath))
            {
                console.Error.WriteLine("aeraki-gitops: error: commit needs a local clone; pass its path with --repo");
                return ExitCodes.UsageError;
            }

            var branchName = parse.GetValue(branch);
            var folder = branchName is null ? parse.GetValue(output) ?? "generated" : null;
            var result = CompileRunner.TryCompile(source, parse, console, folder);
            if (result is null)
            {
                return ExitCodes.UsageError;
            }

            var format = parse.GetValue(source.Format);
            var paths = source.Paths(parse);
            if (result.Output is null)
            {
                DiagnosticReporter.Write(console, format, new Report(result.Diagnostics, $"render failed, nothing committed: {CompileRunner.Counts(result)}") { Paths = paths });
                return ExitCodes.InputErrors;
            }

            var identity = new CommitIdentity(parse.GetValue(authorName), parse.GetValue(authorEmail), parse.GetValue(committerName), parse.GetValue(committerEmail));
            var request = new CommitRequest(result.SourceCommit, parse.GetValue(source.Ref)!, result.Snapshot!.Version, CliApp.Version) { Identity = identity };
            CommitTarget target = branchName is null ? new CommitTarget.Folder(folder!) : new CommitTarget.Branch(branchName);
            CommitOutcome outcome;
            try
            {
                using var repository = new Repository(GitRepositories.Discover(repoPath) ?? repoPath);
                outcome = GitCommitter.Commit(repository, result.Output, target, request);
            }
            catch (Exception ex) when (ex is CommitRefusedException or OutputException or RepositoryNotFoundException or LibGit2SharpException or IOException)
            {
                console.Error.WriteLine($"aeraki-gitops: error: {ex.Message}");
                return ExitCodes.UsageError;
            }

            var changes = outcome.Changes;
            var summary = outcome.Committed
                ? $"committed {outcome.CommitSha![..12]} to {outcome.BranchName}: {changes.Added.Count} added, {changes.Changed.Count} changed, {changes.Removed.Count} removed; {CompileRunner.Counts(result)}"
                : $"nothing changed on {outcome.BranchName}; no commit made; {CompileRunner.Counts(result)}";
            DiagnosticReporter.Write(console, format, new Report(result.Diagnostics, summary)
            {
                Paths = paths,
                JsonResult = json =>
                {
                    json.WriteString("commit", outcome.CommitSha);
                    json.WriteString("branch", outcome.BranchName);
                    json.WriteString("sourceCommit", result.SourceCommit);
                    json.WriteString("snapshotVersion", result.Snapshot.Version);
                },
            });
            return ExitCodes.Success;
        });
        return command;
    }
}
