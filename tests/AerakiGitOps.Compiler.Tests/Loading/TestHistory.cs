using LibGit2Sharp;

namespace AerakiGitOps.Compiler.Tests.Loading;

/// <summary>
/// Commits written straight into a test repository's object database: exact trees and parents without a
/// working tree, for histories that are awkward to make by staging files (merges with chosen parents, file
/// modes, symbolic links, submodule links, long chains).
/// </summary>
internal sealed class TestHistory(Repository repository)
{
    private static readonly Signature Author = new("Policy Author", "author@example.com", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private int _count;

    /// <summary>A commit without parents holding these files.</summary>
    public Commit Root(params (string Path, string? Text)[] files) => Create(new TreeDefinition(), [], Write(files));

    /// <summary>A commit on <paramref name="parent"/> that writes these files; a null text removes the path.</summary>
    public Commit Commit(Commit parent, params (string Path, string? Text)[] files) => Commit(parent, Write(files));

    public Commit Commit(Commit parent, Action<TreeDefinition> change) => Create(TreeDefinition.From(parent), [parent], change);

    /// <summary>A merge commit with <paramref name="first"/> as its first parent and the tree of <paramref name="tree"/>.</summary>
    public Commit Merge(Commit first, Commit second, Commit tree) => Create(TreeDefinition.From(tree), [first, second], _ => { });

    /// <summary><paramref name="count"/> commits on <paramref name="parent"/> with its tree, oldest first.</summary>
    public IReadOnlyList<Commit> Unchanged(Commit parent, int count)
    {
        var chain = new List<Commit>(count);
        for (var i = 0; i < count; i++)
        {
            parent = Commit(parent, _ => { });
            chain.Add(parent);
        }

        return chain;
    }

    public Blob Blob(string text) => repository.ObjectDatabase.CreateBlob(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));

    private Action<TreeDefinition> Write((string Path, string? Text)[] files) => definition =>
    {
        foreach (var (path, text) in files)
        {
            if (text is null)
            {
                definition.Remove(path);
            }
            else
            {
                definition.Add(path, Blob(text), Mode.NonExecutableFile);
            }
        }
    };

    private Commit Create(TreeDefinition definition, Commit[] parents, Action<TreeDefinition> change)
    {
        change(definition);
        var tree = repository.ObjectDatabase.CreateTree(definition);
        return repository.ObjectDatabase.CreateCommit(Author, Author, $"commit {++_count}", tree, parents, prettifyMessage: false);
    }
}
