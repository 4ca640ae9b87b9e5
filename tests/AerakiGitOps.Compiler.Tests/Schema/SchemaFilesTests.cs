using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Schema;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace AerakiGitOps.Compiler.Tests.Schema;

/// <summary>The schemas folder holds exactly one parseable, documented schema per kind, and all are embedded.</summary>
public sealed class SchemaFilesTests
{
    public static TheoryData<string> SchemaFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SchemaTestSupport.SchemasFolder, "*.schema.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public async Task Every_schema_file_parses_and_says_where_its_shape_comes_from(string file)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(SchemaTestSupport.SchemasFolder, file));

        var schema = await JsonSchema.FromJsonAsync(text);
        var json = JObject.Parse(text);

        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)json["$schema"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)json["$comment"]));
        Assert.NotEmpty(schema.Properties);
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Every_schema_file_belongs_to_a_kind(string file)
    {
        Assert.Contains(file, Enum.GetValues<PolicyKind>().Select(SchemaCatalog.FileName));
    }

    [Fact]
    public void Every_policy_kind_has_an_embedded_schema()
    {
        var missing = Enum.GetValues<PolicyKind>().Where(kind => !SchemaCatalog.Embedded.Has(kind)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void A_schema_rejects_a_kind_or_apiVersion_that_is_not_its_own()
    {
        var schema = SchemaCatalog.Embedded.Get(PolicyKind.RouteTest);

        var errors = schema.Validate(JObject.Parse("""{"apiVersion": "v1", "kind": "RouteTestX", "metadata": {"name": "a"}, "spec": {"tests": [{"name": "a", "request": {"host": "h"}, "expect": {"noRoute": true}}]}}"""));

        Assert.Equal(["apiVersion", "kind"], errors.Select(e => e.Property).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_diagnostics_use_the_AGO2xxx_range_and_unique_ids()
    {
        var schemaIds = DiagnosticCatalog.All.Where(d => d.Title.Length > 0 && d.Id.StartsWith("AGO2", StringComparison.Ordinal)).Select(d => d.Id).ToList();

        Assert.Equal(["AGO2001", "AGO2002", "AGO2003", "AGO2004", "AGO2005", "AGO2006"], schemaIds);
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(d => d.Id).Distinct().Count());
    }
}
