using Newtonsoft.Json.Linq;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>A policy document as a JSON token tree plus, for every token, the YAML node it came from.</summary>
internal sealed class JsonDocumentTree(JToken root, IReadOnlyDictionary<JToken, JsonNodeOrigin> origins)
{
    public JToken Root { get; } = root;

    /// <summary>The origin of a token (values, objects, arrays and properties), or null for a token not made by the converter.</summary>
    public JsonNodeOrigin? OriginOf(JToken? token)
        => token is not null && origins.TryGetValue(token, out var origin) ? origin : null;
}
