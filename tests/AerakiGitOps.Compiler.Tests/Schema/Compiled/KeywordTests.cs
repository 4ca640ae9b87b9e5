using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Schema.Compiled;
using NJsonSchema;

namespace AerakiGitOps.Compiler.Tests.Schema.Compiled;

/// <summary>
/// Each supported keyword on a small schema: the exact findings (kind, error, path, position), and the
/// same findings as NJsonSchema gives for the same schema and YAML.
/// </summary>
public sealed class KeywordTests
{
    [Fact]
    public void Type_tells_integers_from_floats_and_quoted_numbers()
    {
        const string schema = """{"properties": {"port": {"type": "integer"}, "ratio": {"type": "number"}}}""";
        Assert.Empty(Findings(schema, "port: 80\nratio: 1"));
        Assert.Empty(Findings(schema, "port: 0x50\nratio: 1.5"));
        Assert.Equal(["Violation IntegerExpected 'port' at 1:7 []"], Findings(schema, "port: 8.0"));
        Assert.Equal(["Violation IntegerExpected 'port' at 1:7 []", "Violation NumberExpected 'ratio' at 2:8 []"], Findings(schema, "port: '80'\nratio: true"));
    }

    [Fact]
    public void Several_types_keep_the_errors_of_the_type_the_value_has()
    {
        const string schema = """{"properties": {"weight": {"type": ["integer", "null"], "minimum": 10}}}""";
        Assert.Empty(Findings(schema, "weight: 12"));
        Assert.Equal(["Violation NumberTooSmall 'weight' at 1:9 []"], Findings(schema, "weight: 5"));
        Assert.Equal(["Violation NoTypeValidates 'weight' at 1:9 []"], Findings(schema, "weight: abc"));
    }

    [Fact]
    public void Required_properties_and_closed_objects_point_at_the_mapping_and_the_unknown_key()
    {
        const string schema = """{"type": "object", "required": ["host", "port"], "properties": {"host": {"type": "string"}, "port": {"type": "integer"}}, "additionalProperties": false}""";
        Assert.Equal(
            ["Violation PropertyRequired '' at 1:1 [] host", "Violation NoAdditionalPropertiesAllowed 'prot' at 1:7 key 1:1 []"],
            Findings(schema, "prot: 80\nport: 80", showProperty: true));
        Assert.Equal(["Violation ObjectExpected '' at 1:1 []", "Violation PropertyRequired '' at 1:1 [] host", "Violation PropertyRequired '' at 1:1 [] port"], Findings(schema, "just text", showProperty: true));
    }

    [Fact]
    public void A_field_set_to_null_counts_as_absent()
    {
        const string schema = """{"required": ["host"], "properties": {"host": {"type": "string"}}, "additionalProperties": false}""";
        Assert.Equal(["Violation PropertyRequired '' at 1:1 []"], Findings(schema, "host: ~\nother:"));
    }

    [Fact]
    public void Additional_properties_schema_checks_every_other_field_and_max_properties_counts_them()
    {
        const string schema = """{"properties": {"a": {}}, "additionalProperties": {"type": "string", "maxLength": 3}, "maxProperties": 2, "minProperties": 2}""";
        Assert.Empty(Findings(schema, "a: 1\nb: abc"));
        Assert.Equal(["Violation TooManyProperties '' at 1:1 []", "Violation StringTooLong 'b' at 2:4 []", "Violation StringExpected '[\"c.d\"]' at 3:6 []"], Findings(schema, "a: 1\nb: abcd\nc.d: 5"));
        Assert.Equal(["Violation TooFewProperties '' at 1:1 []"], Findings(schema, "a: 1"));
    }

    [Fact]
    public void Items_and_item_counts_apply_to_lists()
    {
        const string schema = """{"properties": {"hosts": {"type": "array", "minItems": 1, "maxItems": 2, "items": {"type": "string", "minLength": 1}}}}""";
        Assert.Empty(Findings(schema, "hosts: [a, b]"));
        Assert.Equal(["Violation TooFewItems 'hosts' at 1:8 []"], Findings(schema, "hosts: []"));
        Assert.Equal(["Violation TooManyItems 'hosts' at 1:8 []", "Violation StringTooShort 'hosts[1]' at 1:12 []", "Violation StringExpected 'hosts[2]' at 1:16 []"], Findings(schema, "hosts: [a, '', ~]"));
    }

    [Fact]
    public void Enum_compares_values_as_text_like_the_reference()
    {
        const string schema = """{"properties": {"mode": {"enum": ["ALLOW", "80"]}, "on": {"enum": [true]}}}""";
        Assert.Empty(Findings(schema, "mode: ALLOW\non: true"));
        Assert.Empty(Findings(schema, "mode: 80"));
        Assert.Empty(Findings(schema, "mode: 0x50"));
        Assert.Equal(["Violation NotInEnumeration 'mode' at 1:7 []", "Violation NotInEnumeration 'on' at 2:5 []"], Findings(schema, "mode: allow\non: 'yes'"));
        Assert.Equal(["Violation NotInEnumeration 'mode' at 1:7 []"], Findings(schema, "mode: {a: 1}"));
    }

    [Fact]
    public void Pattern_searches_and_lengths_count_characters()
    {
        const string schema = """{"properties": {"timeout": {"type": "string", "pattern": "^[0-9]+s$", "maxLength": 4}, "name": {"pattern": "b"}}}""";
        Assert.Empty(Findings(schema, "timeout: 10s\nname: abc"));
        Assert.Equal(["Violation PatternMismatch 'timeout' at 1:10 []", "Violation StringTooLong 'timeout' at 1:10 []", "Violation PatternMismatch 'name' at 2:7 []"], Findings(schema, "timeout: 10000ms\nname: xyz"));
    }

    [Fact]
    public void Ranges_compare_integers_floats_and_special_floats()
    {
        const string schema = """{"properties": {"port": {"type": "integer", "minimum": 1, "maximum": 65535}, "percent": {"type": "number", "exclusiveMinimum": 0, "maximum": 100}}}""";
        Assert.Empty(Findings(schema, "port: 65535\npercent: 100"));
        Assert.Empty(Findings(schema, "percent: 100.0000000000000001"));
        Assert.Equal(["Violation NumberTooBig 'port' at 1:7 []", "Violation NumberTooSmall 'percent' at 2:10 []"], Findings(schema, "port: 65536\npercent: 0"));
        Assert.Equal(["Violation NumberTooSmall 'port' at 1:7 []", "Violation NumberTooBig 'percent' at 2:10 []"], Findings(schema, "port: -1\npercent: .inf"));
        Assert.Empty(Findings(schema, "percent: .nan"));
        Assert.Equal(["Violation NumberTooBig 'port' at 1:7 []", "Violation IntegerExpected 'port' at 1:7 []"], Findings(schema, "port: 1e300"));
    }

    [Fact]
    public void An_integer_beyond_64_bits_is_compared_too_where_the_reference_threw()
    {
        // NJsonSchema threw InvalidCastException (BigInteger is not IConvertible) and stopped the run.
        var root = Assert.Single(YamlTreeReader.Default.Read("k.yaml", "port: 99999999999999999999999999999999", new DiagnosticBag())).Root;
        var compiled = SchemaCompiler.Compile("""{"properties": {"port": {"type": "integer", "maximum": 65535}}}""", "test.schema.json");
        Assert.Equal(["Violation NumberTooBig 'port' at 1:7 []"], SchemaOracle.CompiledFindings(root, compiled));
        Assert.False(compiled.Accepts(root));
    }

    [Fact]
    public void OneOf_reports_the_missing_alternatives_the_conflicting_ones_or_the_closest_branch()
    {
        const string schema = """{"properties": {"m": {"type": "object", "properties": {"exact": {"type": "string"}, "prefix": {"type": "string"}}, "oneOf": [{"required": ["exact"]}, {"required": ["prefix"]}]}}}""";
        Assert.Empty(Findings(schema, "m: {exact: a}"));
        Assert.Equal(["MissingAlternative NotOneOf 'm' at 1:4 [exact, prefix]"], Findings(schema, "m: {}"));
        Assert.Equal(["ConflictingAlternatives NotOneOf 'm' at 1:4 [exact, prefix]"], Findings(schema, "m: {exact: a, prefix: b}"));
        Assert.Equal(["Violation StringExpected 'm.exact' at 1:12 []"], Findings(schema, "m: {exact: 5}"));
    }

    [Fact]
    public void AnyOf_with_a_description_reports_the_choice_itself_and_allOf_opens_every_branch()
    {
        const string schema = """{"properties": {"port": {"description": "a port number or name", "anyOf": [{"type": "integer", "minimum": 1}, {"type": "string"}]}, "both": {"allOf": [{"type": "string"}, {"minLength": 2}]}}}""";
        Assert.Empty(Findings(schema, "port: http\nboth: ab"));
        Assert.Equal(["Violation NotAnyOf 'port' at 1:7 []", "Violation StringTooShort 'both' at 2:7 []"], Findings(schema, "port: 0\nboth: a"));
    }

    [Fact]
    public void Not_rejects_what_its_schema_accepts()
    {
        const string schema = """{"properties": {"a": {"not": {"required": ["b"]}}}}""";
        Assert.Empty(Findings(schema, "a: {c: 1}"));
        Assert.Equal(["Violation ExcludedSchemaValidates 'a' at 1:4 []"], Findings(schema, "a: {b: 1}"));
    }

    [Fact]
    public void Ref_uses_the_named_definition_even_recursively()
    {
        const string schema = """{"definitions": {"tree": {"type": "object", "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/definitions/tree"}}}, "additionalProperties": false}}, "properties": {"root": {"$ref": "#/definitions/tree"}}}""";
        Assert.Empty(Findings(schema, "root: {name: a, children: [{name: b, children: []}]}"));
        Assert.Equal(["Violation NoAdditionalPropertiesAllowed 'root.children[0].children[0].nam' at 1:55 key 1:50 []"], Findings(schema, "root: {name: a, children: [{name: b, children: [{nam: c}]}]}"));
    }

    [Fact]
    public void Conflicting_alternatives_and_the_catch_all_reach_the_diagnostics_as_before()
    {
        const string yaml = """
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata: {name: dr}
            spec:
              host: a.b.svc.cluster.local
              trafficPolicy:
                loadBalancer:
                  consistentHash: {httpHeaderName: x-user, useSourceIp: true}
            """;
        var document = Assert.Single(SchemaTestSupport.Load(yaml));
        var compiled = SchemaOracle.ByCompiled(document);
        Assert.Equal(SchemaOracle.ByReference(document), compiled, new OutcomeComparer());
        Assert.Equal(["AGO2006 policy.yaml(8,23) 'spec.trafficPolicy.loadBalancer.consistentHash' sets 'httpHeaderName' and 'useSourceIp'; keep only one of them"], compiled.Diagnostics);
    }

    private sealed class OutcomeComparer : IEqualityComparer<SchemaOutcome>
    {
        public bool Equals(SchemaOutcome? x, SchemaOutcome? y)
            => x!.Valid == y!.Valid && x.Findings.SequenceEqual(y.Findings) && x.Diagnostics.SequenceEqual(y.Diagnostics);

        public int GetHashCode(SchemaOutcome obj) => obj.Findings.Count;
    }

    /// <summary>The compiled findings of <paramref name="yaml"/>, checked against NJsonSchema's and against the yes/no walk.</summary>
    private static List<string> Findings(string schemaJson, string yaml, bool showProperty = false)
    {
        var diagnostics = new DiagnosticBag();
        var root = Assert.Single(YamlTreeReader.Default.Read("k.yaml", yaml, diagnostics)).Root;
        Assert.Empty(diagnostics.ToSortedList());
        var compiled = SchemaCompiler.Compile(schemaJson, "test.schema.json");
        var reference = JsonSchema.FromJsonAsync(schemaJson).GetAwaiter().GetResult();
        var findings = SchemaOracle.CompiledFindings(root, compiled);
        Assert.Equal(SchemaOracle.ReferenceFindings(root, reference), findings);
        Assert.Equal(findings.Count == 0, compiled.Accepts(root));
        if (!showProperty)
        {
            return [.. findings];
        }

        var errors = ErrorFlattener.Flatten(compiled.Collect(root, string.Empty));
        return [.. findings.Zip(errors, (line, finding) => finding.Error.Property is { } property && finding.Error.Kind == SchemaErrorKind.PropertyRequired ? $"{line} {property}" : line)];
    }
}
