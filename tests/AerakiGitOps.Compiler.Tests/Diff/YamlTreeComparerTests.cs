using System.Text;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Diff;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Tests.Diff;

public sealed class YamlTreeComparerTests
{
    [Theory]
    [InlineData("a: {b: 1}", "a: {b: 2}", "a.b")]
    [InlineData("a: {b: 1}", "a: {b: '1'}", "a.b")]
    [InlineData("a: [1, 2]", "a: [1, 2, 3]", "a")]
    [InlineData("a: [{x: 1}, {x: 2}]", "a: [{x: 1}, {x: 3}]", "a[1].x")]
    [InlineData("a: {}", "a: {c: 1}", "a.c")]
    [InlineData("a: {c: 1}", "a: {}", "a.c")]
    [InlineData("labels: {app.kubernetes.io/name: x}", "labels: {app.kubernetes.io/name: y}", "labels[\"app.kubernetes.io/name\"]")]
    [InlineData("a: {b: 1}", "a: [1]", "a")]
    public void The_changed_path_names_the_deepest_differing_node(string before, string after, string path)
        => Assert.Equal([path], YamlTreeComparer.ChangedPaths(Parse(before), Parse(after)));

    [Fact]
    public void Equal_trees_with_keys_in_another_order_have_no_changed_path()
        => Assert.Empty(YamlTreeComparer.ChangedPaths(Parse("{a: 1, b: [x]}"), Parse("{b: [x], a: 1}")));

    [Fact]
    public void Several_changes_are_listed_in_sorted_key_order()
        => Assert.Equal(["a", "z.y"], YamlTreeComparer.ChangedPaths(Parse("{z: {y: 1}, a: 1}"), Parse("{z: {y: 2}, a: 2}")));

    private static YMapping Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var document = Assert.Single(YamlTreeReader.Default.Read("t.yaml", yaml, diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
        return (YMapping)document.Root;
    }
}
