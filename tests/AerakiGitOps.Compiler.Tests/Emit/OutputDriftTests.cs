using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Emit;

public sealed class OutputDriftTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_freshly_written_folder_has_no_drift()
    {
        OutputWriter.Write(OutputWriterTests.Standard(), _folder.Path);

        Assert.Empty(OutputDrift.Compare(OutputWriterTests.Standard(), _folder.Path));
    }

    [Fact]
    public void Missing_changed_and_stale_files_are_listed_sorted_by_path_and_unowned_files_are_ignored()
    {
        OutputWriter.Write(OutputWriterTests.Standard(), _folder.Path);
        File.Delete(Path.Combine(_folder.Path, "routes", "a_1.json"));
        File.WriteAllText(Path.Combine(_folder.Path, "snapshot.pb"), "tampered");
        _folder.Write("manifests/ns/extra.yaml", "stale");
        _folder.Write("README.md", "not ours");

        var drift = OutputDrift.Compare(OutputWriterTests.Standard(), _folder.Path);

        Assert.Equal(
            ["manifests/ns/extra.yaml stale", "routes/a_1.json missing", "snapshot.pb changed"],
            drift.Select(d => $"{d.Path} {d.Change}"));
    }

    [Fact]
    public void A_folder_that_does_not_exist_misses_every_file_and_is_not_created()
    {
        var folder = Path.Combine(_folder.Path, "nothing");

        var drift = OutputDrift.Compare(OutputWriterTests.Standard(), folder);

        Assert.Equal(5, drift.Count);
        Assert.All(drift, d => Assert.Equal("missing", d.Change));
        Assert.False(Directory.Exists(folder));
    }
}
