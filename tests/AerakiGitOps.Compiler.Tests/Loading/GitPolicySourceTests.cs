using System.Text;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Tests.Support;
using AerakiGitOps.Tests.Shared;
using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Tests.Loading;

public sealed class GitPolicySourceTests : IDisposable
{
    private readonly GitRepositoryFixture _git = new();

    public void Dispose() => _git.Dispose();

    private static string Text(PolicySourceContent content, string path)
        => Encoding.UTF8.GetString(content.Files.Single(f => f.Path == path).Content.Span);

    [Fact]
    public void The_tree_of_head_is_read_with_blob_ids_and_the_commit_recorded()
    {
        var commit = _git.Commit(("policies/b.yaml", "b"), ("policies/a.yml", "a"), ("README.md", "r"), (".github/ci.yaml", "c"));

        var content = new GitPolicySource(_git.Path, "HEAD").Read();

        Assert.Equal(["policies/a.yml", "policies/b.yaml"], content.Files.Select(f => f.Path));
        Assert.Equal(commit.Sha, content.SourceCommit);
        Assert.Equal(commit["policies/a.yml"].Target.Sha, content.Files[0].BlobId);
        Assert.Equal("b", Text(content, "policies/b.yaml"));
    }

    [Fact]
    public void A_blob_cache_gives_the_same_content_and_inflates_only_new_blobs()
    {
        var blobs = new BlobContentCache();
        _git.Commit(("a.yaml", "one"), ("b.yaml", "two"), ("c.yaml", "three"));
        var first = new GitPolicySource(_git.Path, "HEAD", blobs: blobs).Read();
        Assert.Equal(0, blobs.LastReused);
        Assert.Equal(3, blobs.Count);

        _git.Commit(("b.yaml", "two, edited"));
        _git.Remove("c.yaml");
        _git.CommitAll("remove c");
        var second = new GitPolicySource(_git.Path, "HEAD", blobs: blobs).Read();

        Assert.Equal(1, blobs.LastReused);
        Assert.Equal(2, blobs.Count);
        Assert.Equal(["a.yaml", "b.yaml"], second.Files.Select(f => f.Path));
        Assert.Equal("one", Text(second, "a.yaml"));
        Assert.Equal("two, edited", Text(second, "b.yaml"));
        Assert.Equal(second.Files.Select(f => (f.Path, f.BlobId, Encoding.UTF8.GetString(f.Content.Span))), new GitPolicySource(_git.Path, "HEAD").Read().Files.Select(f => (f.Path, f.BlobId, Encoding.UTF8.GetString(f.Content.Span))));
        Assert.Equal("three", Text(first, "c.yaml"));
    }

    [Fact]
    public void Uncommitted_changes_in_the_working_tree_are_not_read()
    {
        _git.Commit(("a.yaml", "committed"));
        File.WriteAllText(Path.Combine(_git.Path, "a.yaml"), "edited");
        File.WriteAllText(Path.Combine(_git.Path, "new.yaml"), "untracked");

        var content = new GitPolicySource(_git.Path, "HEAD").Read();

        Assert.Equal(["a.yaml"], content.Files.Select(f => f.Path));
        Assert.Equal("committed", Text(content, "a.yaml"));
    }

    [Fact]
    public void A_branch_a_tag_a_full_sha_and_an_abbreviated_sha_each_read_their_own_commit()
    {
        var first = _git.Commit(("a.yaml", "v1"));
        _git.Repository.ApplyTag("release-1");
        var main = _git.Repository.Head.FriendlyName;
        _git.Repository.CreateBranch("feature");
        Commands.Checkout(_git.Repository, "feature");
        var second = _git.Commit(("a.yaml", "v2"));
        Commands.Checkout(_git.Repository, main);

        Assert.Equal("v2", Text(new GitPolicySource(_git.Path, "feature").Read(), "a.yaml"));
        Assert.Equal(second.Sha, new GitPolicySource(_git.Path, "feature").Read().SourceCommit);
        Assert.Equal(first.Sha, new GitPolicySource(_git.Path, "release-1").Read().SourceCommit);
        Assert.Equal(first.Sha, new GitPolicySource(_git.Path, main).Read().SourceCommit);
        Assert.Equal("v2", Text(new GitPolicySource(_git.Path, second.Sha).Read(), "a.yaml"));
        Assert.Equal("v1", Text(new GitPolicySource(_git.Path, first.Sha[..10]).Read(), "a.yaml"));
    }

    [Fact]
    public void An_annotated_tag_is_peeled_to_its_commit()
    {
        var commit = _git.Commit(("a.yaml", "v1"));
        _git.Repository.ApplyTag("v1.0", new Signature("T", "t@example.com", DateTimeOffset.UnixEpoch), "annotated");

        Assert.Equal(commit.Sha, new GitPolicySource(_git.Path, "v1.0").Read().SourceCommit);
    }

    [Fact]
    public void A_path_reads_only_that_folder_with_paths_relative_to_it()
    {
        _git.Commit(("deploy/policies/x/a.yaml", "a"), ("deploy/other.yaml", "o"), ("top.yaml", "t"));

        var content = new GitPolicySource(_git.Path, "HEAD", "deploy/policies/").Read();

        Assert.Equal(["x/a.yaml"], content.Files.Select(f => f.Path));
        Assert.Equal("a", Text(content, "x/a.yaml"));
    }

    [Fact]
    public void A_path_given_with_backslashes_or_slashes_around_is_the_same_folder()
    {
        _git.Commit(("deploy/policies/a.yaml", "a"));

        var content = new GitPolicySource(_git.Path, "HEAD", "/deploy\\policies/").Read();

        Assert.Equal(["a.yaml"], content.Files.Select(f => f.Path));
    }

    [Fact]
    public void A_blob_id_identifies_the_content_so_unchanged_files_keep_theirs_across_commits()
    {
        _git.Commit(("a.yaml", "same"), ("b.yaml", "one"));
        var before = new GitPolicySource(_git.Path, "HEAD").Read();
        _git.Commit(("b.yaml", "two"));
        var after = new GitPolicySource(_git.Path, "HEAD").Read();

        Assert.Equal(before.Files[0].BlobId, after.Files[0].BlobId);
        Assert.NotEqual(before.Files[1].BlobId, after.Files[1].BlobId);
        Assert.NotEqual(before.SourceCommit, after.SourceCommit);
    }

    [Fact]
    public void Symbolic_links_in_the_tree_are_not_followed()
    {
        _git.Commit(("real.yaml", "r"));
        File.CreateSymbolicLink(Path.Combine(_git.Path, "link.yaml"), "/etc/passwd");
        _git.Commit();

        var content = new GitPolicySource(_git.Path, "HEAD").Read();

        Assert.Equal(["real.yaml"], content.Files.Select(f => f.Path));
    }

    [Fact]
    public void An_unknown_ref_is_a_source_exception_naming_the_ref()
    {
        _git.Commit(("a.yaml", "a"));

        var exception = Assert.Throws<PolicySourceException>(() => new GitPolicySource(_git.Path, "no-such-branch").Read());

        Assert.Contains("no-such-branch", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a..b")]
    [InlineData("refs/heads/../x")]
    [InlineData("HEAD~5")]
    public void A_malformed_or_unresolvable_ref_is_a_source_exception(string reference)
    {
        _git.Commit(("a.yaml", "a"));

        Assert.Throws<PolicySourceException>(() => new GitPolicySource(_git.Path, reference).Read());
    }

    [Fact]
    public void A_folder_that_is_not_a_repository_is_a_source_exception()
    {
        using var plain = new TemporaryFolder();

        Assert.Throws<PolicySourceException>(() => new GitPolicySource(plain.Path, "HEAD").Read());
    }

    [Fact]
    public void A_repository_path_that_does_not_exist_is_a_source_exception()
    {
        Assert.Throws<PolicySourceException>(() => new GitPolicySource(Path.Combine(_git.Path, "..", "missing-" + Guid.NewGuid()), "HEAD").Read());
    }

    [Fact]
    public void An_empty_repository_without_commits_is_a_source_exception()
    {
        Assert.Throws<PolicySourceException>(() => new GitPolicySource(_git.Path, "HEAD").Read());
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("a.yaml")]
    public void A_path_that_is_not_a_folder_of_the_commit_is_a_source_exception(string path)
    {
        _git.Commit(("a.yaml", "a"));

        var exception = Assert.Throws<PolicySourceException>(() => new GitPolicySource(_git.Path, "HEAD", path).Read());

        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_description_names_repository_ref_and_path()
    {
        Assert.Equal("repo@main", new GitPolicySource("repo", "main").Description);
        Assert.Equal("repo@main:a/b", new GitPolicySource("repo", "main", "/a/b/").Description);
    }
}
