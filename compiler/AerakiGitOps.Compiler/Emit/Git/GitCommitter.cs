using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Emit.Git;

/// <summary>
/// Commits a rendered output tree with LibGit2Sharp. The new tree is built in the object database from
/// the previous commit's tree, so nothing the user staged or changed elsewhere is ever committed; no
/// commit is made when the tree is unchanged; files the render no longer produces disappear in the same
/// commit. In folder mode the folder must be clean first, and the working tree and index are updated for
/// that folder only.
/// </summary>
public static class GitCommitter
{
    public static CommitOutcome Commit(Repository repository, OutputTree output, CommitTarget target, CommitRequest request)
        => target switch
        {
            CommitTarget.Folder folder => CommitToFolder(repository, output, Normalise(folder.Path), request),
            CommitTarget.Branch branch => CommitToBranch(repository, output, branch.Name, request),
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };

    private static CommitOutcome CommitToFolder(Repository repository, OutputTree output, string folder, CommitRequest request)
    {
        if (repository.Info.IsBare)
        {
            throw new CommitRefusedException("the repository is bare: use --branch to commit the output to a branch");
        }

        if (repository.Info.IsHeadDetached)
        {
            throw new CommitRefusedException("HEAD is detached: check out the branch the output should be committed to");
        }

        EnsureClean(repository, folder);
        var parent = repository.Head.Tip;
        var before = GitTrees.Files(parent?[folder]?.Target as Tree);
        var definition = parent is null ? new TreeDefinition() : TreeDefinition.From(parent.Tree);
        if (parent?[folder] is not null)
        {
            definition.Remove(folder);
        }

        var after = AddFiles(repository, definition, folder + "/", output);
        var changes = GitTrees.Compare(before, after);
        var branchName = repository.Head.FriendlyName;
        if (changes.IsEmpty && parent is not null)
        {
            return new CommitOutcome(null, branchName, changes);
        }

        var commit = CreateCommit(repository, definition, parent, request, changes);
        var workingFolder = Path.Combine(repository.Info.WorkingDirectory, folder);
        OutputWriter.Write(output, workingFolder);
        var touched = changes.Added.Concat(changes.Changed).Concat(changes.Removed).Select(p => $"{folder}/{p}").ToList();
        if (touched.Count > 0)
        {
            Commands.Stage(repository, touched);
        }

        MoveBranch(repository, repository.Head.CanonicalName, commit);
        return new CommitOutcome(commit.Sha, branchName, changes);
    }

    private static CommitOutcome CommitToBranch(Repository repository, OutputTree output, string branchName, CommitRequest request)
    {
        var canonical = branchName.StartsWith("refs/", StringComparison.Ordinal) ? branchName : $"refs/heads/{branchName}";
        if (!repository.Info.IsBare && !repository.Info.IsHeadDetached && repository.Head.CanonicalName == canonical)
        {
            throw new CommitRefusedException($"branch '{branchName}' is checked out; commit the output to a folder with --output, or check out another branch");
        }

        var parent = repository.Refs[canonical]?.ResolveToDirectReference()?.Target as Commit;
        var definition = new TreeDefinition();
        var after = AddFiles(repository, definition, string.Empty, output);
        var changes = GitTrees.Compare(GitTrees.Files(parent?.Tree), after);
        if (changes.IsEmpty && parent is not null)
        {
            return new CommitOutcome(null, branchName, changes);
        }

        var commit = CreateCommit(repository, definition, parent, request, changes);
        MoveBranch(repository, canonical, commit);
        return new CommitOutcome(commit.Sha, branchName, changes);
    }

    private static void EnsureClean(Repository repository, string folder)
    {
        var status = repository.RetrieveStatus(new StatusOptions
        {
            PathSpec = [folder + "/"],
            IncludeUntracked = true,
            RecurseUntrackedDirs = true,
            IncludeIgnored = false,
        });
        var dirty = status.Where(e => e.State != FileStatus.Unaltered && e.State != FileStatus.Ignored).Select(e => e.FilePath).Order(StringComparer.Ordinal).ToList();
        if (dirty.Count > 0)
        {
            throw new CommitRefusedException(
                $"'{folder}/' has uncommitted changes that a commit would overwrite ({string.Join(", ", dirty.Take(5))}{(dirty.Count > 5 ? ", ..." : string.Empty)}); commit, stash or discard them first");
        }
    }

    private static SortedDictionary<string, ObjectId> AddFiles(Repository repository, TreeDefinition definition, string prefix, OutputTree output)
    {
        var added = new SortedDictionary<string, ObjectId>(StringComparer.Ordinal);
        foreach (var (path, content) in output.Files)
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            var blob = repository.ObjectDatabase.CreateBlob(stream);
            definition.Add(prefix + path, blob, Mode.NonExecutableFile);
            added[path] = blob.Id;
        }

        return added;
    }

    private static Commit CreateCommit(Repository repository, TreeDefinition definition, Commit? parent, CommitRequest request, OutputChanges changes)
    {
        var tree = repository.ObjectDatabase.CreateTree(definition);
        var (author, committer) = request.Identity.Resolve(repository, request.When);
        var parents = parent is null ? Array.Empty<Commit>() : [parent];
        return repository.ObjectDatabase.CreateCommit(author, committer, CommitMessage.Create(request, changes), tree, parents, prettifyMessage: false);
    }

    private static void MoveBranch(Repository repository, string canonicalName, Commit commit)
    {
        var log = $"aeraki-gitops: {commit.MessageShort}";
        if (repository.Refs[canonicalName] is { } existing)
        {
            repository.Refs.UpdateTarget(existing, commit.Id, log);
        }
        else
        {
            repository.Refs.Add(canonicalName, commit.Id, log);
        }
    }

    private static string Normalise(string folder)
    {
        var normalised = folder.Replace('\\', '/').Trim('/');
        if (normalised.Length == 0 || normalised.Split('/').Any(part => part is "." or ".."))
        {
            throw new CommitRefusedException($"output folder '{folder}' must be a folder inside the repository");
        }

        return normalised;
    }
}
