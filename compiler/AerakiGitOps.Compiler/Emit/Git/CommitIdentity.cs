using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Emit.Git;

/// <summary>Author and committer of generated commits: given explicitly, else the repository's git config, else aeraki-gitops.</summary>
public sealed record CommitIdentity(string? AuthorName, string? AuthorEmail, string? CommitterName, string? CommitterEmail)
{
    public const string DefaultName = "aeraki-gitops";
    public const string DefaultEmail = "aeraki-gitops@users.noreply.localhost";

    public static CommitIdentity Default { get; } = new(null, null, null, null);

    public (Signature Author, Signature Committer) Resolve(Repository repository, DateTimeOffset when)
    {
        var configName = repository.Config.Get<string>("user.name")?.Value;
        var configEmail = repository.Config.Get<string>("user.email")?.Value;
        var authorName = AuthorName ?? configName ?? DefaultName;
        var authorEmail = AuthorEmail ?? configEmail ?? DefaultEmail;
        var author = new Signature(authorName, authorEmail, when);
        var committer = new Signature(CommitterName ?? authorName, CommitterEmail ?? authorEmail, when);
        return (author, committer);
    }
}
