using AerakiGitOps.Compiler.Loading;

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
}
