using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Schema.Compiled;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Schema.Compiled;

/// <summary>Every schema of schemas/ compiles; a keyword the compiled validator does not implement stops compiling.</summary>
public sealed class SchemaCompilerTests
{
    public static TheoryData<string> SchemaFiles => [.. Directory.GetFiles(RepositoryPaths.Schemas, "*.schema.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Every_schema_file_compiles(string file)
    {
        var root = SchemaCompiler.Compile(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, file)), file);
        Assert.Equal(JsonTypes.Object, root.Types);
        Assert.NotNull(root.Object);
    }

    [Fact]
    public void Every_kind_has_an_embedded_compiled_schema()
        => Assert.All(Enum.GetValues<PolicyKind>(), kind => Assert.NotNull(CompiledSchemaCatalog.Embedded.Get(kind)));

    [Theory]
    [InlineData("""{"properties": {"a": {"type": "string", "format": "date-time"}}}""", "keyword 'format'")]
    [InlineData("""{"patternProperties": {"^x-": {}}}""", "keyword 'patternProperties'")]
    [InlineData("""{"properties": {"a": {"const": 1}}}""", "keyword 'const'")]
    [InlineData("""{"properties": {"a": {"uniqueItems": true}}}""", "keyword 'uniqueItems'")]
    [InlineData("""{"properties": {"a": {"multipleOf": 2}}}""", "keyword 'multipleOf'")]
    [InlineData("""{"properties": {"a": {"x-kubernetes-int-or-string": true}}}""", "keyword 'x-kubernetes-int-or-string'")]
    [InlineData("""{"properties": {"a": {"items": [{"type": "string"}]}}}""", "tuple form")]
    [InlineData("""{"properties": {"a": {"minimum": 1, "exclusiveMinimum": true}}}""", "draft-04 boolean form")]
    [InlineData("""{"definitions": {"d": {}}, "properties": {"a": {"$ref": "#/definitions/d", "type": "string"}}}""", "$ref must be the only keyword")]
    [InlineData("""{"properties": {"a": {"$ref": "#/definitions/missing"}}}""", "does not name an entry")]
    [InlineData("""{"properties": {"a": {"type": "file"}}}""", "unknown type 'file'")]
    [InlineData("""{"properties": {"a": {"enum": ["{}"]}}}""", "could equal a mapping")]
    public void An_unsupported_keyword_or_form_fails_loudly(string schema, string reason)
    {
        var error = Assert.Throws<NotSupportedException>(() => SchemaCompiler.Compile(schema, "test.schema.json"));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.schema.json #", error.Message, StringComparison.Ordinal);
    }
}
