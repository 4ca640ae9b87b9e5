using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Tests.Support;

namespace AerakiGitOps.Compiler.Tests.Loading;

public sealed class YamlTreeEqualityTests
{
    private const string Text = "apiVersion: networking.istio.io/v1beta1\nkind: DestinationRule\nmetadata: {name: a, namespace: meta}\nspec:\n  host: a\n  subsets:\n  - {name: v1, labels: {version: v1}}\n";

    private static AerakiGitOps.Compiler.Loading.PolicyDocument Load(string text, string path = "a.yaml") => Inputs.Load(text, path).Documents.Single();

    [Fact]
    public void The_same_text_parsed_twice_is_the_same_tree()
        => Assert.True(YamlTreeEquality.Same(Load(Text), Load(Text)));

    [Theory]
    [InlineData("version: v1}", "version: v2}")]
    [InlineData("name: v1,", "name: v1, weight: 1,")]
    [InlineData("apiVersion", "# moved\napiVersion")]
    public void A_different_value_kind_key_or_position_is_not_the_same(string from, string to)
    {
        var changed = Text.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Text, changed);

        Assert.False(YamlTreeEquality.Same(Load(Text), Load(changed)));
    }

    [Fact]
    public void Quoting_matters_only_where_it_changes_the_scalar_kind()
    {
        static YNode Root(string text) => YamlTreeReader.Default.Read("a.yaml", text, new AerakiGitOps.Compiler.Diagnostics.DiagnosticBag()).Single().Root!;

        Assert.True(YamlTreeEquality.Same(Root("host: a\n"), Root("host: 'a'\n")));
        Assert.False(YamlTreeEquality.Same(Root("port: 80\n"), Root("port: '80'\n")));
    }

    [Fact]
    public void Another_file_is_not_the_same()
        => Assert.False(YamlTreeEquality.Same(Load(Text), Load(Text, "b.yaml")));
}
