using System.Text.Json;

namespace AerakiGitOps.Compiler.Diff.Formatting;

/// <summary>A <see cref="RouteSummary"/> as JSON: the route-test vocabulary (cluster or weightedClusters) plus match, mirror, hash and mutations.</summary>
internal static class JsonRouteWriter
{
    public static void Write(Utf8JsonWriter json, RouteSummary? route)
    {
        if (route is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("name", route.Name);
        json.WriteNumber("position", route.Index + 1);
        json.WriteStartArray("match");
        foreach (var matcher in route.Matchers)
        {
            json.WriteStartObject();
            json.WriteString("attribute", matcher.Attribute);
            json.WriteString("kind", matcher.Kind);
            json.WriteString("value", matcher.Value);
            json.WriteBoolean("invert", matcher.Invert);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteDestinations(json, route);
        json.WriteStartArray("mirrors");
        foreach (var mirror in route.Mirrors)
        {
            json.WriteStartObject();
            json.WriteString("cluster", mirror.Cluster);
            json.WriteNumber("percent", mirror.Percent);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonDiffFormatter.WriteStrings(json, "hashPolicy", route.HashHeaders);
        WriteMutations(json, "requestMutation", route.RequestMutation);
        WriteMutations(json, "responseMutation", route.ResponseMutation);
        json.WriteEndObject();
    }

    private static void WriteDestinations(Utf8JsonWriter json, RouteSummary route)
    {
        json.WriteString("cluster", route.IsSplit ? null : route.Destinations.FirstOrDefault()?.Cluster);
        if (!route.IsSplit)
        {
            json.WriteNull("weightedClusters");
            json.WriteNull("totalWeight");
            return;
        }

        json.WriteStartArray("weightedClusters");
        foreach (var destination in route.Destinations)
        {
            json.WriteStartObject();
            json.WriteString("cluster", destination.Cluster);
            json.WriteNumber("weight", destination.Weight);
            json.WriteNumber("percent", route.PercentOf(destination));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("totalWeight", route.TotalWeight);
    }

    private static void WriteMutations(Utf8JsonWriter json, string name, IEnumerable<KeyValueSummary> mutations)
    {
        json.WriteStartArray(name);
        foreach (var mutation in mutations)
        {
            json.WriteStartObject();
            json.WriteString("key", mutation.Key);
            json.WriteString("value", mutation.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
