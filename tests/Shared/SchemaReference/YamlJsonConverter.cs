using AerakiGitOps.Compiler.Loading.Yaml;
using Newtonsoft.Json.Linq;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>
/// Turns a YAML node tree into the JSON token tree NJsonSchema validates, remembering for every token
/// the YAML node (and key) it came from. Scalars keep their YAML 1.2 core-schema type, so a quoted
/// "80" stays a string as it does for kubectl. Mapping entries whose value is null are left out, as the
/// Kubernetes API server prunes them. Aliases are expanded (each use gets its own tokens); the loader
/// already bounds the expanded size, and <see cref="MaxNodes"/> is a second guard.
/// </summary>
internal sealed class YamlJsonConverter
{
    public const long MaxNodes = 2_000_000;

    private readonly Dictionary<JToken, JsonNodeOrigin> _origins = new(ReferenceEqualityComparer.Instance);
    private long _nodes;

    private YamlJsonConverter()
    {
    }

    /// <summary>Converts <paramref name="root"/>; returns null when the expanded tree is larger than <see cref="MaxNodes"/>.</summary>
    public static JsonDocumentTree? Convert(YNode root)
    {
        if (root.ExpandedSize > MaxNodes)
        {
            return null;
        }

        var converter = new YamlJsonConverter();
        var token = converter.ToToken(root, string.Empty);
        return token is null ? null : new JsonDocumentTree(token, converter._origins);
    }

    private JToken? ToToken(YNode node, string path)
    {
        if (++_nodes > MaxNodes)
        {
            return null;
        }

        JToken? token = node switch
        {
            YScalar scalar => ScalarValues.ToJValue(scalar),
            YSequence sequence => ToArray(sequence, path),
            YMapping mapping => ToObject(mapping, path),
            _ => throw new InvalidOperationException($"unexpected YAML node {node.GetType().Name}"),
        };
        if (token is not null)
        {
            _origins[token] = new JsonNodeOrigin(path, node, null);
        }

        return token;
    }

    private JArray? ToArray(YSequence sequence, string path)
    {
        var array = new JArray();
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var item = ToToken(sequence.Items[i], JsonPathText.Item(path, i));
            if (item is null)
            {
                return null;
            }

            array.Add(item);
        }

        return array;
    }

    private JObject? ToObject(YMapping mapping, string path)
    {
        var obj = new JObject();
        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is YScalar { IsNull: true })
            {
                continue;
            }

            var childPath = JsonPathText.Property(path, entry.Key.Value);
            var value = ToToken(entry.Value, childPath);
            if (value is null)
            {
                return null;
            }

            var property = new JProperty(entry.Key.Value, value);
            obj.Add(property);
            _origins[property] = new JsonNodeOrigin(childPath, entry.Value, entry.Key);
        }

        return obj;
    }
}
