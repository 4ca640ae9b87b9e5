using System.Text;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Tests.Shared;
using static AerakiGitOps.Compiler.Tests.Support.DiagnosticAssert;

namespace AerakiGitOps.Compiler.Tests.Loading;

public sealed class DirectoryPolicySourceTests : IDisposable
{
    private readonly TemporaryFolder _root = new();
    private readonly TemporaryFolder _outside = new();

    public void Dispose()
    {
        _root.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public void Files_are_read_in_ordinal_path_order_with_forward_slashes()
    {
        _root.Write("b/x.yaml", "b");
        _root.Write("a.yaml", "a");
        _root.Write("B.yaml", "B");
        _root.Write("a/z.yml", "z");

        var content = new DirectoryPolicySource(_root.Path).Read();

        Assert.Equal(["B.yaml", "a.yaml", "a/z.yml", "b/x.yaml"], content.Files.Select(f => f.Path));
        Assert.Equal("a", Encoding.UTF8.GetString(content.Files[1].Content.Span));
        Assert.Null(content.SourceCommit);
        Assert.Null(content.Files[0].BlobId);
        Assert.Empty(content.Diagnostics);
    }

    [Fact]
    public void Only_yaml_and_yml_files_are_read_and_hidden_entries_are_skipped()
    {
        _root.Write("keep.yaml", "1");
        _root.Write("keep.YML", "2");
        _root.Write("notes.md", "3");
        _root.Write("data.json", "4");
        _root.Write("x.yaml.bak", "5");
        _root.Write(".git/config.yaml", "6");
        _root.Write(".github/workflows/ci.yaml", "7");
        _root.Write(".hidden.yaml", "8");
        _root.Write("nested/.cache/x.yaml", "9");

        var content = new DirectoryPolicySource(_root.Path).Read();

        Assert.Equal(["keep.YML", "keep.yaml"], content.Files.Select(f => f.Path));
    }

    [Fact]
    public void A_missing_folder_is_a_source_exception()
    {
        var missing = Path.Combine(_root.Path, "nope");

        var exception = Assert.Throws<PolicySourceException>(() => new DirectoryPolicySource(missing).Read());

        Assert.Contains("nope", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_link_pointing_outside_the_root_is_reported_and_not_read()
    {
        var secret = _outside.Write("secret.yaml", "password: x");
        _root.Write("a.yaml", "a");
        File.CreateSymbolicLink(Path.Combine(_root.Path, "leak.yaml"), secret);

        var content = new DirectoryPolicySource(_root.Path).Read();

        Assert.Equal(["a.yaml"], content.Files.Select(f => f.Path));
        Single(content.Diagnostics, "AGO1014 leak.yaml(0,0)");
    }

    [Fact]
    public void A_folder_link_pointing_outside_the_root_is_reported_and_not_walked()
    {
        _outside.Write("x.yaml", "x");
        Directory.CreateDirectory(Path.Combine(_root.Path, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(_root.Path, "sub", "elsewhere"), _outside.Path);

        var content = new DirectoryPolicySource(_root.Path).Read();

        Assert.Empty(content.Files);
        Single(content.Diagnostics, "AGO1014 sub/elsewhere(0,0)");
    }

    [Fact]
    public void A_link_to_a_sibling_folder_whose_name_starts_like_the_root_is_outside()
    {
        var sibling = _root.Path + "-evil";
        Directory.CreateDirectory(sibling);
        try
        {
            File.WriteAllText(Path.Combine(sibling, "x.yaml"), "x");
            File.CreateSymbolicLink(Path.Combine(_root.Path, "x.yaml"), Path.Combine(sibling, "x.yaml"));

            var content = new DirectoryPolicySource(_root.Path).Read();

            Assert.Empty(content.Files);
            Single(content.Diagnostics, "AGO1014 x.yaml(0,0)");
        }
        finally
        {
            Directory.Delete(sibling, recursive: true);
        }
    }

    [Fact]
    public void A_file_link_inside_the_root_is_read_under_its_own_name()
    {
        _root.Write("real/a.yaml", "content");
        File.CreateSymbolicLink(Path.Combine(_root.Path, "alias.yaml"), Path.Combine(_root.Path, "real", "a.yaml"));

        var content = new DirectoryPolicySource(_root.Path).Read();

        Assert.Equal(["alias.yaml", "real/a.yaml"], content.Files.Select(f => f.Path));
        Assert.Equal("content", Encoding.UTF8.GetString(content.Files[0].Content.Span));
        Assert.Empty(content.Diagnostics);
    }

    [Fact]
    public void A_dangling_link_is_reported_as_leaving_the_root()
    {
        File.CreateSymbolicLink(Path.Combine(_root.Path, "gone.yaml"), Path.Combine(_root.Path, "missing.yaml"));

        var content = new DirectoryPolicySource(_root.Path).Read();

        Assert.Empty(content.Files);
        Single(content.Diagnostics, "AGO1014 gone.yaml(0,0)");
    }

    [Fact]
    public void A_root_given_with_a_trailing_separator_or_relative_parts_reads_the_same_files_and_links()
    {
        _root.Write("d/a.yaml", "a");
        File.CreateSymbolicLink(Path.Combine(_root.Path, "link.yaml"), Path.Combine(_root.Path, "d", "a.yaml"));

        var content = new DirectoryPolicySource(Path.Combine(_root.Path, "d", "..") + Path.DirectorySeparatorChar).Read();

        Assert.Equal(["d/a.yaml", "link.yaml"], content.Files.Select(f => f.Path));
        Assert.Empty(content.Diagnostics);
    }
}
