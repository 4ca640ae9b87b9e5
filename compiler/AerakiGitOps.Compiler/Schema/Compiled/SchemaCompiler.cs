using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>
/// Compiles one JSON Schema (draft-07) file into a tree of <see cref="SchemaNode"/>s. Only the keywords
/// our schemas use are supported; any other keyword (format, patternProperties, const, uniqueItems, ...)
/// makes compiling fail, so a schema change cannot be silently ignored by the validator.
/// </summary>
internal sealed class SchemaCompiler
{
    /// <summary>Keywords that say something about the schema but check nothing.</summary>
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "$comment", "title", "description" };

    private static readonly Dictionary<string, JsonTypes> TypeNames = new(StringComparer.Ordinal)
    {
        ["array"] = JsonTypes.Array,
        ["boolean"] = JsonTypes.Boolean,
        ["integer"] = JsonTypes.Integer,
        ["null"] = JsonTypes.Null,
        ["number"] = JsonTypes.Number,
        ["object"] = JsonTypes.Object,
        ["string"] = JsonTypes.String,
    };

    private readonly string _source;
    private readonly Dictionary<string, SchemaNode> _definitions = new(StringComparer.Ordinal);
    private readonly List<SchemaNode> _nodes = [];

    private SchemaCompiler(string source)
    {
        _source = source;
    }

    /// <summary>Compiles the schema text <paramref name="json"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="NotSupportedException">The schema uses a keyword or form the compiled validator does not implement.</exception>
    public static SchemaNode Compile(string json, string source)
    {
        using var document = JsonDocument.Parse(json);
        var compiler = new SchemaCompiler(source);
        var root = document.RootElement;
        if (root.TryGetProperty("definitions", out var definitions))
        {
            // Shells first, so a $ref can name a definition before (or while) it is compiled.
            foreach (var definition in definitions.EnumerateObject())
            {
                compiler._definitions[definition.Name] = new SchemaNode("#/definitions/" + definition.Name);
            }

            foreach (var definition in definitions.EnumerateObject())
            {
                compiler.Fill(compiler._definitions[definition.Name], definition.Value, isRoot: false);
            }
        }

        var node = new SchemaNode("#");
        compiler.Fill(node, root, isRoot: true);
        foreach (var compiled in compiler._nodes)
        {
            compiled.IsNullable = IsNullable(compiled, []);
        }

        return node;
    }

    private SchemaNode Compile(JsonElement element, string pointer)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Unsupported(pointer, $"a schema must be an object, not {element.ValueKind}");
        }

        if (element.TryGetProperty("$ref", out var reference))
        {
            return Resolve(element, reference, pointer);
        }

        var node = new SchemaNode(pointer);
        Fill(node, element, isRoot: false);
        return node;
    }

    private SchemaNode Resolve(JsonElement element, JsonElement reference, string pointer)
    {
        if (element.EnumerateObject().Count() != 1)
        {
            throw Unsupported(pointer, "$ref must be the only keyword of its schema");
        }

        const string prefix = "#/definitions/";
        var target = reference.GetString() ?? string.Empty;
        if (!target.StartsWith(prefix, StringComparison.Ordinal) || !_definitions.TryGetValue(target[prefix.Length..], out var definition))
        {
            throw Unsupported(pointer, $"$ref '{target}' does not name an entry of the root definitions");
        }

        return definition;
    }

    private void Fill(SchemaNode node, JsonElement element, bool isRoot)
    {
        var pointer = node.Pointer;
        if (element.ValueKind != JsonValueKind.Object || element.TryGetProperty("$ref", out _))
        {
            throw Unsupported(pointer, "a definition or root must be a schema object without $ref");
        }

        _nodes.Add(node);
        foreach (var keyword in element.EnumerateObject())
        {
            if (!Annotations.Contains(keyword.Name) && !Known.Contains(keyword.Name) && !(isRoot && keyword.Name == "definitions"))
            {
                throw Unsupported(pointer, $"keyword '{keyword.Name}' is not supported by the compiled validator");
            }
        }

        node.Types = element.TryGetProperty("type", out var type) ? Types(type, pointer) : JsonTypes.None;
        node.Description = element.TryGetProperty("description", out var description) ? description.GetString() : null;
        node.Enum = element.TryGetProperty("enum", out var values) ? Enumeration(values, pointer) : null;
        node.Alternatives = CompileAlternatives(element, pointer);
        node.Object = CompileObjectRules(element, pointer);
        node.Array = CompileArrayRules(element, pointer);
        node.String = CompileStringRules(element);
        node.Number = CompileNumberRules(element, pointer);
    }

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "type", "enum", "anyOf", "allOf", "oneOf", "not",
        "properties", "required", "additionalProperties", "maxProperties", "minProperties",
        "items", "minItems", "maxItems", "pattern", "minLength", "maxLength",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    };

    private Alternatives? CompileAlternatives(JsonElement element, string pointer)
    {
        var anyOf = Branches(element, "anyOf", pointer);
        var allOf = Branches(element, "allOf", pointer);
        var oneOf = Branches(element, "oneOf", pointer);
        var not = element.TryGetProperty("not", out var excluded) ? Compile(excluded, pointer + "/not") : null;
        return anyOf is null && allOf is null && oneOf is null && not is null ? null : new Alternatives(anyOf, allOf, oneOf, not);
    }

    private SchemaNode[]? Branches(JsonElement element, string keyword, string pointer)
    {
        if (!element.TryGetProperty(keyword, out var branches))
        {
            return null;
        }

        var compiled = branches.EnumerateArray().Select((branch, i) => Compile(branch, $"{pointer}/{keyword}/{i}")).ToArray();
        return compiled.Length == 0 ? null : compiled;
    }

    private ObjectRules? CompileObjectRules(JsonElement element, string pointer)
    {
        var required = element.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()!).Distinct(StringComparer.Ordinal).ToList() : [];
        var properties = new List<PropertyRule>();
        if (element.TryGetProperty("properties", out var listed))
        {
            foreach (var property in listed.EnumerateObject())
            {
                var schema = Compile(property.Value, $"{pointer}/properties/{property.Name}");
                properties.Add(new PropertyRule(property.Name, schema, required.Contains(property.Name)));
            }
        }

        var allowsOtherFields = true;
        SchemaNode? otherFields = null;
        if (element.TryGetProperty("additionalProperties", out var additional))
        {
            if (additional.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                allowsOtherFields = additional.GetBoolean();
            }
            else
            {
                otherFields = Compile(additional, pointer + "/additionalProperties");
            }
        }

        var maxProperties = Count(element, "maxProperties", pointer);
        var minProperties = Count(element, "minProperties", pointer);
        return properties.Count == 0 && required.Count == 0 && allowsOtherFields && otherFields is null && maxProperties == 0 && minProperties == 0
            ? null
            : new ObjectRules(properties, required, maxProperties, minProperties, allowsOtherFields, otherFields);
    }

    private ArrayRules? CompileArrayRules(JsonElement element, string pointer)
    {
        SchemaNode? items = null;
        if (element.TryGetProperty("items", out var itemSchema))
        {
            if (itemSchema.ValueKind != JsonValueKind.Object)
            {
                throw Unsupported(pointer, "items must be one schema (the tuple form is not supported)");
            }

            items = Compile(itemSchema, pointer + "/items");
        }

        var minItems = Count(element, "minItems", pointer);
        var maxItems = Count(element, "maxItems", pointer);
        return items is null && minItems == 0 && maxItems == 0 ? null : new ArrayRules(minItems, maxItems, items);
    }

    private static StringRules? CompileStringRules(JsonElement element)
    {
        var pattern = element.TryGetProperty("pattern", out var text) && text.GetString() is { Length: > 0 } p ? p : null;
        int? minLength = element.TryGetProperty("minLength", out var min) ? min.GetInt32() : null;
        int? maxLength = element.TryGetProperty("maxLength", out var max) ? max.GetInt32() : null;
        return pattern is null && minLength is null && maxLength is null ? null : new StringRules(pattern, minLength, maxLength);
    }

    private NumberRules? CompileNumberRules(JsonElement element, string pointer)
    {
        var minimum = Decimal(element, "minimum", pointer);
        var maximum = Decimal(element, "maximum", pointer);
        var exclusiveMinimum = Decimal(element, "exclusiveMinimum", pointer);
        var exclusiveMaximum = Decimal(element, "exclusiveMaximum", pointer);
        return minimum is null && maximum is null && exclusiveMinimum is null && exclusiveMaximum is null
            ? null
            : new NumberRules(minimum, maximum, exclusiveMinimum, exclusiveMaximum);
    }

    private decimal? Decimal(JsonElement element, string keyword, string pointer)
    {
        if (!element.TryGetProperty(keyword, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number
            ? value.GetDecimal()
            : throw Unsupported(pointer, $"{keyword} must be a number (the draft-04 boolean form is not supported)");
    }

    private int Count(JsonElement element, string keyword, string pointer)
    {
        if (!element.TryGetProperty(keyword, out var value))
        {
            return 0;
        }

        return value.TryGetInt32(out var count) && count >= 0 ? count : throw Unsupported(pointer, $"{keyword} must be a non-negative integer");
    }

    private JsonTypes Types(JsonElement type, string pointer)
    {
        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString() ?? string.Empty) : [type.GetString() ?? string.Empty];
        var types = JsonTypes.None;
        foreach (var name in names)
        {
            types |= TypeNames.TryGetValue(name, out var flag) ? flag : throw Unsupported(pointer, $"unknown type '{name}'");
        }

        return types;
    }

    private EnumRule Enumeration(JsonElement values, string pointer)
    {
        var list = values.EnumerateArray().Select(v => EnumValue(v, pointer)).ToList();
        return new EnumRule(list);
    }

    /// <summary>An enum value as Json.NET reads it: string, long (or BigInteger), double, bool or null.</summary>
    private object? EnumValue(JsonElement value, string pointer) => value.ValueKind switch
    {
        JsonValueKind.String when value.GetString() is { } text && (text.StartsWith('{') || text.StartsWith('[')) =>
            throw Unsupported(pointer, $"enum value '{text}' could equal a mapping or list written as JSON"),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        JsonValueKind.Number when value.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number when BigInteger.TryParse(value.GetRawText(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big) => big,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw Unsupported(pointer, "enum values must be strings, numbers, booleans or null"),
    };

    /// <summary>
    /// Whether null always passes <paramref name="node"/> (then its type and enum are not checked for null):
    /// the enum lists null, the type includes null, or the schema is untyped (or allows null) and one of
    /// its oneOf branches is nullable.
    /// </summary>
    private static bool IsNullable(SchemaNode node, HashSet<SchemaNode> visiting)
    {
        if (node.Enum?.AllowsNull == true || node.Types.HasFlag(JsonTypes.Null))
        {
            return true;
        }

        if (node.Types != JsonTypes.None || node.Alternatives?.OneOf is not { } oneOf || !visiting.Add(node))
        {
            return false;
        }

        return oneOf.Any(branch => IsNullable(branch, visiting));
    }

    private NotSupportedException Unsupported(string pointer, string reason) => new($"{_source} {pointer}: {reason}");
}
