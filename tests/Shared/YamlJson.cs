using System.Globalization;
using System.Text.Json.Nodes;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Tests.Shared;

/// <summary>Test helper: YAML text or trees to JSON, to feed NJsonSchema with vendor CRD schemas and our output.</summary>
internal static class YamlJson
{
    public static IReadOnlyList<YNode> ReadAll(string path)
    {
        var bag = new DiagnosticBag();
        var documents = YamlTreeReader.Default.Read(path, File.ReadAllText(path), bag);
        Assert.Empty(bag.ToSortedList());
        return documents.Select(d => d.Root).ToList();
    }

    public static JsonNode? ToJson(YNode node) => node switch
    {
        YMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YSequence sequence => new JsonArray(sequence.Items.Select(ToJson).ToArray()),
        YScalar { Kind: ScalarKind.Null } => null,
        YScalar { Kind: ScalarKind.Bool } s => JsonValue.Create(s.Value.Equals("true", StringComparison.OrdinalIgnoreCase)),
        YScalar { Kind: ScalarKind.Int } s when long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
        YScalar { Kind: ScalarKind.Float or ScalarKind.Int } s => JsonValue.Create(double.Parse(s.Value, CultureInfo.InvariantCulture)),
        YScalar s => JsonValue.Create(s.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>The openAPIV3Schema of a kind's version in a file of CustomResourceDefinitions, as JSON text.</summary>
    public static string CrdSchema(string crdFile, string kind, string version)
    {
        foreach (var root in ReadAll(crdFile).OfType<YMapping>())
        {
            var spec = root["spec"] as YMapping;
            if ((spec?["names"] as YMapping)?["kind"] is YScalar { Value: var k } && k == kind)
            {
                var versions = (YSequence)spec!["versions"]!;
                var match = versions.Items.OfType<YMapping>().Single(v => (v["name"] as YScalar)?.Value == version);
                var schema = ((YMapping)match["schema"]!)["openAPIV3Schema"]!;
                return ToJson(schema)!.ToJsonString();
            }
        }

        throw new InvalidOperationException($"no CRD for {kind} {version} in {crdFile}");
    }
}
