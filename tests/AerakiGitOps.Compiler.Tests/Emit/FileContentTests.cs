using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Emit;

public sealed class FileContentTests : IDisposable
{
    // Larger than the 64 KiB read buffer, and not a multiple of it, so a file is compared in several reads.
    private static readonly byte[] Content = [.. Enumerable.Range(0, 200_001).Select(i => (byte)(i * 31 % 251))];

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_with_the_same_bytes_is_equal_however_many_reads_it_takes()
    {
        Assert.True(FileContent.Matches(Write("same", Content), Content));
        Assert.True(FileContent.Matches(Write("empty", []), []));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(131_077)]
    [InlineData(200_000)]
    public void One_different_byte_anywhere_makes_it_differ(int position)
    {
        var changed = Content.ToArray();
        changed[position] ^= 0x01;

        Assert.False(FileContent.Matches(Write("changed", changed), Content));
    }

    [Fact]
    public void A_file_one_byte_shorter_or_longer_differs()
    {
        Assert.False(FileContent.Matches(Write("shorter", Content[..^1]), Content));
        Assert.False(FileContent.Matches(Write("longer", [.. Content, 0]), Content));
        Assert.False(FileContent.Matches(Write("not-empty", [0]), []));
    }

    [Fact]
    public void A_missing_file_throws_as_opening_it_would()
        => Assert.Throws<FileNotFoundException>(() => FileContent.Matches(Path.Combine(_folder.Path, "missing"), Content));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
