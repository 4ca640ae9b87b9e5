using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Tests.Shared;
using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Tests.Loading;

/// <summary>
/// Which commit a git source reports as the source commit: first parents are followed back from the read
/// commit while the policy content (policy file paths and blob ids, after the source's filter) stays the same.
/// </summary>
public sealed class GitSourceCommitTests : IDisposable
{
    private readonly GitRepositoryFixture _git = new();
    private readonly TestHistory _history;

    public GitSourceCommitTests() => _history = new TestHistory(_git.Repository);

    public void Dispose() => _git.Dispose();

    private string SourceCommit(Commit tip, string? path = "policies", string? excluded = null)
        => new GitPolicySource(_git.Path, tip.Sha, path, excluded is null ? null : [excluded]).Read().SourceCommit!;

    /// <summary>A root commit with other policies, then the commit the tests expect back when nothing after it counts.</summary>
    private Commit PolicyCommit()
    {
        var first = _history.Root(("policies/a.yaml", "v0"), ("policies/sub/b.yaml", "b"), ("policies/notes.txt", "n"), ("README.md", "r0"));
        return _history.Commit(first, ("policies/a.yaml", "v1"));
    }

    [Fact]
    public void Commits_that_touch_only_files_outside_the_policies_are_stepped_over()
    {
        var policies = PolicyCommit();
        var docs = _history.Commit(_history.Commit(policies, ("README.md", "r1")), ("docs/guide.md", "g"));
        var tip = _history.Commit(docs, ("other/x.yaml", "x"));

        Assert.Equal(policies.Sha, SourceCommit(docs, path: null));
        Assert.Equal(policies.Sha, SourceCommit(tip));
        Assert.Equal(tip.Sha, SourceCommit(tip, path: null));
    }

    [Theory]
    [InlineData(null, "policies/a.yaml", "v2")]
    [InlineData(null, "policies/c.yml", "c")]
    [InlineData(null, "policies/new/deep/c.yaml", "c")]
    [InlineData(null, "policies/C.YML", "c")]
    [InlineData("policies/a.yaml", null, null)]
    [InlineData("policies/sub/b.yaml", null, null)]
    [InlineData("policies/a.yaml", "policies/renamed.yaml", "v1")]
    [InlineData("policies/sub/b.yaml", "policies/moved/b.yaml", "b")]
    [InlineData("policies/notes.txt", "policies/notes.yaml", "n")]
    public void The_last_commit_that_changed_a_policy_file_is_the_source(string? removed, string? added, string? text)
    {
        var change = _history.Commit(PolicyCommit(), definition =>
        {
            if (removed is not null)
            {
                definition.Remove(removed);
            }

            if (added is not null)
            {
                definition.Add(added, _history.Blob(text!), Mode.NonExecutableFile);
            }
        });
        var tip = _history.Commit(_history.Commit(change, ("README.md", "r1")), ("README.md", "r2"));

        Assert.Equal(change.Sha, SourceCommit(tip));
        Assert.Equal(change.Sha, SourceCommit(tip, path: null));
    }

    [Theory]
    [InlineData("policies", "generated", "policies/generated/a.yaml")]
    [InlineData("policies", "generated", "policies/generated/manifests/ns/a.yaml")]
    [InlineData(null, "deploy/out", "deploy/out/a.yaml")]
    [InlineData("policies", null, "policies/.hidden.yaml")]
    [InlineData("policies", null, "policies/.config/a.yaml")]
    [InlineData("policies", null, "policies/sub/.draft.yaml")]
    [InlineData(null, null, ".github/workflows/ci.yaml")]
    [InlineData("policies", null, "policies/a.yaml.orig")]
    [InlineData("policies", null, "policies/sub/values.json")]
    public void Changes_to_files_the_source_does_not_read_are_not_policy_changes(string? path, string? excluded, string changed)
    {
        var policies = PolicyCommit();
        var tip = _history.Commit(_history.Commit(policies, (changed, "one")), (changed, "two"));

        Assert.Equal(policies.Sha, SourceCommit(tip, path, excluded));
    }

    [Fact]
    public void An_excluded_folder_is_matched_by_its_whole_path_below_the_policy_root()
    {
        var change = _history.Commit(PolicyCommit(), ("policies/sub/generated/a.yaml", "a"));
        var tip = _history.Commit(change, ("policies/generated/b.yaml", "b"));

        Assert.Equal(change.Sha, SourceCommit(tip, excluded: "generated"));
    }

    [Fact]
    public void A_file_mode_change_or_a_submodule_link_is_not_a_policy_change()
    {
        var policies = PolicyCommit();
        var executable = _history.Commit(policies, definition => definition.Add("policies/a.yaml", _history.Blob("v1"), Mode.ExecutableFile));
        var submodule = _history.Commit(executable, definition => definition.AddGitLink("policies/vendor.yaml", policies.Id));
        var moved = _history.Commit(submodule, definition => definition.AddGitLink("policies/vendor.yaml", executable.Id));

        Assert.Equal(policies.Sha, SourceCommit(moved));
    }

    /// <summary>Pins today's behaviour: the history walk counts links named like policy files, although they are never read.</summary>
    [Fact]
    public void A_symbolic_link_named_like_a_policy_file_is_a_policy_change_although_it_is_not_read()
    {
        var link = _history.Commit(PolicyCommit(), definition => definition.Add("policies/link.yaml", _history.Blob("a.yaml"), Mode.SymbolicLink));
        var tip = _history.Commit(link, ("README.md", "r1"));

        var content = new GitPolicySource(_git.Path, tip.Sha, "policies").Read();

        Assert.Equal(link.Sha, content.SourceCommit);
        Assert.DoesNotContain(content.Files, f => f.Path == "link.yaml");
    }

    [Fact]
    public void A_path_missing_in_older_commits_is_sourced_from_the_commit_that_added_its_policies()
    {
        var first = _history.Root(("README.md", "r0"), ("other/a.yaml", "o"));
        var added = _history.Commit(first, ("deploy/a.yaml", "a"));
        var tip = _history.Commit(added, ("README.md", "r1"));

        Assert.Equal(added.Sha, SourceCommit(tip, "deploy"));
    }

    [Fact]
    public void A_missing_path_a_file_at_the_path_and_a_folder_without_policy_files_all_hold_no_policies()
    {
        var first = _history.Root(("README.md", "r0"));
        var file = _history.Commit(first, ("deploy", "a file"));
        var folder = _history.Commit(file, ("deploy", null), ("deploy/notes.md", "n"));
        var tip = _history.Commit(folder, ("README.md", "r1"));

        Assert.Equal(first.Sha, SourceCommit(tip, "deploy"));
    }

    [Fact]
    public void A_commit_that_restores_earlier_content_is_the_source_not_the_commit_that_first_had_it()
    {
        var policies = PolicyCommit();
        var edited = _history.Commit(policies, ("policies/a.yaml", "v2"));
        var reverted = _history.Commit(edited, ("policies/a.yaml", "v1"));
        var tip = _history.Commit(reverted, ("README.md", "r1"));

        Assert.Equal(reverted.Sha, SourceCommit(tip));
    }

    [Fact]
    public void A_merge_is_compared_with_its_first_parent_only()
    {
        var policies = PolicyCommit();
        var feature = _history.Commit(policies, ("policies/a.yaml", "v2"));
        var main = _history.Commit(policies, ("README.md", "r1"));
        var featureMergedIntoMain = _history.Merge(main, feature, _history.Commit(feature, ("README.md", "r1")));
        var mainMergedIntoFeature = _history.Merge(feature, main, _history.Commit(feature, ("README.md", "r1")));

        Assert.Equal(featureMergedIntoMain.Sha, SourceCommit(featureMergedIntoMain));
        Assert.Equal(feature.Sha, SourceCommit(mainMergedIntoFeature));
    }

    /// <summary>
    /// The cost of the walk without a clock: below the path the policy tree ids are equal and no tree is opened; at
    /// the root only the two root trees of each step are. A walk that lists whole trees would open all 21 of every
    /// commit it passes.
    /// </summary>
    [Fact]
    public void Stepping_over_a_commit_opens_no_unchanged_policy_folder()
    {
        var policies = _history.Root(Enumerable.Range(0, 200).Select(i => ($"policies/f{i % 20}/p{i}.yaml", (string?)$"p{i}")).ToArray());
        var tip = policies;
        for (var i = 0; i < 30; i++)
        {
            tip = _history.Commit(tip, ("README.md", $"r{i}"));
        }

        var below = new GitPolicySource(_git.Path, tip.Sha, "policies");
        var atRoot = new GitPolicySource(_git.Path, tip.Sha);

        Assert.Equal(policies.Sha, below.Read().SourceCommit);
        Assert.Equal(policies.Sha, atRoot.Read().SourceCommit);
        Assert.Equal(0, below.HistoryTreesOpened);
        Assert.Equal(2 * 30, atRoot.HistoryTreesOpened);
    }

    [Theory]
    [InlineData(1000, -1)]
    [InlineData(1001, 0)]
    public void The_walk_stops_after_1000_first_parent_steps(int unchangedCommits, int expectedIndex)
    {
        var policies = PolicyCommit();
        var chain = _history.Unchanged(policies, unchangedCommits);

        Assert.Equal(expectedIndex < 0 ? policies.Sha : chain[expectedIndex].Sha, SourceCommit(chain[^1]));
    }
}
