using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Tests.Shared;
using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Tests.Loading;

public sealed class GitRepositoriesTests
{
    [Theory]
    [InlineData("https://user:s3cret@github.com/o/r.git", "https://***@github.com/o/r.git")]
    [InlineData("https://ghp_token@github.com/o/r.git", "https://***@github.com/o/r.git")]
    [InlineData("cannot clone 'https://u:p@h/r' and 'http://x:y@z/q'", "cannot clone 'https://***@h/r' and 'http://***@z/q'")]
    [InlineData("https://github.com/o/r.git", "https://github.com/o/r.git")]
    [InlineData("git@github.com:o/r.git", "git@github.com:o/r.git")]
    [InlineData("ssh://git:pw@host:22/r", "ssh://***@host:22/r")]
    public void Redact_removes_credentials_from_urls(string text, string expected)
    {
        Assert.Equal(expected, GitRepositories.Redact(text));
    }

    [Theory]
    [InlineData("https://github.com/o/r.git", true)]
    [InlineData("file:///tmp/repo", true)]
    [InlineData("git@github.com:o/r.git", true)]
    [InlineData("/tmp/repo", false)]
    [InlineData("relative/repo", false)]
    public void Urls_and_scp_style_addresses_are_remote_and_paths_are_local(string pathOrUrl, bool remote)
    {
        Assert.Equal(remote, GitRepositories.IsRemote(pathOrUrl));
    }

    [Fact]
    public void Discover_finds_the_working_tree_from_itself_a_subfolder_a_file_and_its_git_folder()
    {
        using var git = new GitRepositoryFixture();
        var policy = git.Write("policies/team-a/routes.yaml", "kind: MetaRouter\n");

        Assert.Equal(git.Path, GitRepositories.Discover(git.Path));
        Assert.Equal(git.Path, GitRepositories.Discover(Path.Combine(git.Path, "policies", "team-a")));
        Assert.Equal(git.Path, GitRepositories.Discover(policy));
        Assert.Equal(git.Path, GitRepositories.Discover(Path.Combine(git.Path, "policies", "not-yet-created")));
        Assert.Equal(Path.Combine(git.Path, ".git"), GitRepositories.Discover(Path.Combine(git.Path, ".git")));
    }

    [Fact]
    public void Discover_finds_a_bare_repository_and_a_working_tree_whose_git_is_a_file()
    {
        using var folder = new TemporaryFolder();
        var bare = Path.Combine(folder.Path, "mesh.git");
        Repository.Init(bare, isBare: true);
        var separate = Path.Combine(folder.Path, "separate-git-dir");
        Repository.Init(Path.Combine(folder.Path, "checkout"), separate);
        Directory.CreateDirectory(Path.Combine(folder.Path, "checkout", "policies"));

        Assert.Equal(bare, GitRepositories.Discover(bare));
        Assert.Equal(bare, GitRepositories.Discover(Path.Combine(bare, "refs", "heads")));
        Assert.StartsWith("gitdir:", File.ReadAllText(Path.Combine(folder.Path, "checkout", ".git")), StringComparison.Ordinal);
        Assert.Equal(Path.Combine(folder.Path, "checkout"), GitRepositories.Discover(Path.Combine(folder.Path, "checkout", "policies")));
    }

    [Fact]
    public void Discover_returns_null_outside_any_repository_and_open_says_so()
    {
        using var folder = new TemporaryFolder();
        var plain = Path.Combine(folder.Path, "plain", "policies");
        Directory.CreateDirectory(plain);

        Assert.Null(GitRepositories.Discover(plain));
        var error = Assert.Throws<PolicySourceException>(() => GitRepositories.Open(plain));
        Assert.Equal($"'{plain}' is not a git repository", error.Message);
    }
}
