using System.Collections.Concurrent;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Schema;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace AerakiGitOps.Tests.Shared;

/// <summary>
/// The openAPIV3Schema of Istio's and Aeraki's CRDs (a copy in tests/vendor-schemas, Apache-2.0), turned into
/// NJsonSchema schemas: the reference our own schemas must not be stricter than for valid objects.
/// </summary>
internal static class VendorCrdSchemas
{
    private static readonly string[] Files = ["aeraki-crds.yaml", "istio-networking-crds.yaml"];
    private static readonly Lazy<IReadOnlyList<JObject>> Crds = new(LoadCrds);
    private static readonly ConcurrentDictionary<string, JsonSchema?> Cache = new(StringComparer.Ordinal);

    /// <summary>The schema the API server uses for <paramref name="apiVersion"/> <paramref name="kind"/>, or null when no vendor CRD defines it.</summary>
    public static JsonSchema? For(string apiVersion, string kind) => Cache.GetOrAdd($"{apiVersion}/{kind}", _ => Find(apiVersion, kind));

    /// <summary>Converts YAML text to JSON with the compiler's own converter (same scalar typing as the schema stage).</summary>
    public static JToken ToJson(YNode node) => YamlJsonConverter.Convert(node)!.Root;

    private static JsonSchema? Find(string apiVersion, string kind)
    {
        var slash = apiVersion.LastIndexOf('/');
        var (group, version) = slash < 0 ? (string.Empty, apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
        foreach (var crd in Crds.Value)
        {
            if ((string?)crd.SelectToken("spec.names.kind") != kind || (string?)crd.SelectToken("spec.group") != group)
            {
                continue;
            }

            var served = crd.SelectToken("spec.versions")!.Children<JObject>().FirstOrDefault(v => (string?)v["name"] == version);
            var openApi = served?.SelectToken("schema.openAPIV3Schema");
            return openApi is null ? null : JsonSchema.FromJsonAsync(openApi.ToString()).GetAwaiter().GetResult();
        }

        return null;
    }

    private static IReadOnlyList<JObject> LoadCrds()
    {
        var crds = new List<JObject>();
        foreach (var file in Files)
        {
            var path = Path.Combine(RepositoryPaths.VendorSchemas, file);
            var diagnostics = new DiagnosticBag();
            foreach (var document in YamlTreeReader.Default.Read(file, File.ReadAllText(path), diagnostics))
            {
                crds.Add((JObject)ToJson(document.Root));
            }

            Assert.Empty(diagnostics.ToSortedList());
        }

        return crds;
    }
}
