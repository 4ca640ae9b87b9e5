using System.Collections.Immutable;
using System.Text;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Emit;

public sealed class OutputWriterTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private string Output => Path.Combine(_folder.Path, "generated");

    public void Dispose() => _folder.Dispose();

    internal static OutputTree Tree(params (string Path, string Text)[] files)
        => new(files.ToImmutableSortedDictionary(f => f.Path, f => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(f.Text), StringComparer.Ordinal));

    internal static OutputTree Standard(string manifestText = "m1") => Tree(
        ("manifests/ns/envoyfilter-a.yaml", manifestText),
        ("manifests/kustomization.yaml", "k"),
        ("routes/a_1.json", "{}"),
        ("snapshot.pb", "pb"),
        ("snapshot.json", "{\"version\":\"1\"}"));

    private string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    private IEnumerable<string> FilesOnDisk()
        => Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    [Fact]
    public void The_first_write_creates_the_folder_and_every_file()
    {
        var changes = OutputWriter.Write(Standard(), Output);

        Assert.Equal(["manifests/kustomization.yaml", "manifests/ns/envoyfilter-a.yaml", "routes/a_1.json", "snapshot.json", "snapshot.pb"], FilesOnDisk());
        Assert.Equal("m1", Read("manifests/ns/envoyfilter-a.yaml"));
        Assert.Equal(5, changes.Added.Count);
        Assert.Equal("snapshot.json", changes.Added[^1]);
        Assert.Empty(changes.Changed);
        Assert.Empty(changes.Removed);
    }

    [Fact]
    public void Writing_the_same_tree_again_changes_nothing_and_keeps_modification_times()
    {
        OutputWriter.Write(Standard(), Output);
        var old = DateTime.UtcNow.AddDays(-1);
        foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        var changes = OutputWriter.Write(Standard(), Output);

        Assert.True(changes.IsEmpty);
        Assert.Equal(5, changes.Unchanged);
        Assert.All(Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories), f => Assert.Equal(old, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void A_changed_file_is_rewritten_and_only_it_is_reported()
    {
        OutputWriter.Write(Standard(), Output);

        var changes = OutputWriter.Write(Standard("m2"), Output);

        Assert.Equal(["manifests/ns/envoyfilter-a.yaml"], changes.Changed);
        Assert.Equal("m2", Read("manifests/ns/envoyfilter-a.yaml"));
        Assert.Equal(4, changes.Unchanged);
        Assert.DoesNotContain(FilesOnDisk(), f => f.Contains(".tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public void Stale_files_and_their_empty_folders_are_removed_but_files_outside_owned_folders_are_kept()
    {
        OutputWriter.Write(Standard(), Output);
        File.WriteAllText(Path.Combine(Output, "README.md"), "mine");
        Directory.CreateDirectory(Path.Combine(Output, "notes"));
        File.WriteAllText(Path.Combine(Output, "notes", "x.yaml"), "mine");
        Directory.CreateDirectory(Path.Combine(Output, "manifests", "gone", "deeper"));
        File.WriteAllText(Path.Combine(Output, "manifests", "gone", "deeper", "old.yaml"), "stale");
        File.WriteAllText(Path.Combine(Output, "routes", "old_1.json"), "stale");

        var changes = OutputWriter.Write(Standard(), Output);

        Assert.Equal(["manifests/gone/deeper/old.yaml", "routes/old_1.json"], changes.Removed);
        Assert.False(Directory.Exists(Path.Combine(Output, "manifests", "gone")));
        Assert.Equal("mine", Read("README.md"));
        Assert.Equal("mine", Read("notes/x.yaml"));
        Assert.Contains("routes/a_1.json", FilesOnDisk());
    }

    [Fact]
    public void A_file_no_longer_rendered_is_removed()
    {
        OutputWriter.Write(Standard(), Output);

        var changes = OutputWriter.Write(Tree(("manifests/kustomization.yaml", "k"), ("snapshot.pb", "pb"), ("snapshot.json", "{}")), Output);

        Assert.Equal(["manifests/ns/envoyfilter-a.yaml", "routes/a_1.json"], changes.Removed);
        Assert.Equal(["manifests/kustomization.yaml", "snapshot.json", "snapshot.pb"], FilesOnDisk());
    }

    [Fact]
    public void A_non_empty_folder_without_snapshot_json_is_refused_and_left_alone()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "important.txt"), "keep");

        Assert.Throws<OutputException>(() => OutputWriter.Write(Standard(), Output));

        Assert.Equal(["important.txt"], FilesOnDisk());
    }

    [Fact]
    public void An_empty_existing_folder_is_accepted()
    {
        Directory.CreateDirectory(Output);

        OutputWriter.Write(Standard(), Output);

        Assert.Equal(5, FilesOnDisk().Count());
    }

    [Fact]
    public void Snapshot_json_is_written_after_every_other_file()
    {
        OutputWriter.Write(Standard(), Output);
        // A folder where the new route file must go makes the write fail part-way.
        var blocked = Tree(
            ("manifests/kustomization.yaml", "k2"),
            ("routes/b_1.json", "{}"),
            ("snapshot.pb", "pb2"),
            ("snapshot.json", "{\"version\":\"2\"}"));
        Directory.CreateDirectory(Path.Combine(Output, "routes", "b_1.json"));

        Assert.ThrowsAny<IOException>(() => OutputWriter.Write(blocked, Output));

        Assert.Equal("{\"version\":\"1\"}", Read("snapshot.json"));
    }

    [Theory]
    [InlineData("manifests/../../escape.yaml")]
    [InlineData("manifests/ns/./a.yaml")]
    [InlineData("/etc/escape.yaml")]
    [InlineData("manifests//a.yaml")]
    [InlineData("manifests\\..\\escape.yaml")]
    public void A_path_that_would_leave_the_output_folder_is_refused_before_anything_is_written(string path)
    {
        OutputWriter.Write(Standard(), Output);
        var tree = Tree(("manifests/ns/envoyfilter-a.yaml", "changed"), (path, "x"), ("snapshot.json", "{\"version\":\"2\"}"));

        var refused = Assert.Throws<OutputException>(() => OutputWriter.Write(tree, Output));

        Assert.Contains("would leave the output folder", refused.Message, StringComparison.Ordinal);
        Assert.Equal("m1", Read("manifests/ns/envoyfilter-a.yaml"));
        Assert.Equal(["manifests/kustomization.yaml", "manifests/ns/envoyfilter-a.yaml", "routes/a_1.json", "snapshot.json", "snapshot.pb"], FilesOnDisk());
        Assert.False(File.Exists(Path.Combine(_folder.Path, "escape.yaml")));
    }

    [Fact]
    public void A_new_folder_appears_whole_and_leaves_no_temporary_sibling()
    {
        var changes = OutputWriter.Write(Standard(), Output);

        Assert.Equal(["generated"], Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName));
        Assert.Equal(["manifests/kustomization.yaml", "manifests/ns/envoyfilter-a.yaml", "routes/a_1.json", "snapshot.pb", "snapshot.json"], changes.Added);
        Assert.Equal("{\"version\":\"1\"}", Read("snapshot.json"));
    }

    [Fact]
    public void A_new_folder_that_fails_part_way_is_not_created_and_its_temporary_sibling_is_removed()
    {
        // A file where another file needs a folder: the second cannot be written.
        var clash = Tree(("manifests/a.yaml", "a"), ("manifests/a.yaml/b.yaml", "b"), ("snapshot.json", "{}"));

        Assert.ThrowsAny<IOException>(() => OutputWriter.Write(clash, Output));

        Assert.False(Directory.Exists(Output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }
}
