using System.Collections.Frozen;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>One entry of <c>properties</c>: the field, its schema and whether <c>required</c> lists it.</summary>
internal sealed record PropertyRule(string Name, SchemaNode Schema, bool Required);

/// <summary>
/// The keywords of mappings: properties, required, maxProperties, minProperties and additionalProperties
/// (false, or a schema every other field's value must match). A field whose value is null counts as
/// absent, as the Kubernetes API server prunes it. Required fields are checked even on a value that is
/// not a mapping, as NJsonSchema does, so "spec: 5" also reports the fields spec lacks.
/// </summary>
internal sealed class ObjectRules
{
    private readonly FrozenSet<string> _names;

    public ObjectRules(IReadOnlyList<PropertyRule> properties, IReadOnlyList<string> required, int maxProperties, int minProperties, bool allowsOtherFields, SchemaNode? otherFields)
    {
        Properties = properties;
        RequiredNames = required;
        OtherRequired = [.. required.Where(name => !properties.Any(p => p.Name == name))];
        MaxProperties = maxProperties;
        MinProperties = minProperties;
        AllowsOtherFields = allowsOtherFields;
        OtherFields = otherFields;
        _names = properties.Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<PropertyRule> Properties { get; }

    /// <summary>Required fields that <c>properties</c> does not list.</summary>
    public IReadOnlyList<string> OtherRequired { get; }

    public int MaxProperties { get; }

    public int MinProperties { get; }

    /// <summary>False for <c>additionalProperties: false</c>.</summary>
    public bool AllowsOtherFields { get; }

    /// <summary>The schema of <c>additionalProperties</c>, when it is one.</summary>
    public SchemaNode? OtherFields { get; }

    public IEnumerable<string> PropertyNames => Properties.Select(p => p.Name);

    /// <summary>Every field named by <c>required</c>, in the schema's order.</summary>
    public IReadOnlyList<string> RequiredNames { get; }

    /// <summary>The value of a field that is set (not null) in <paramref name="mapping"/>.</summary>
    public static YNode? ValueOf(YMapping? mapping, string name)
        => mapping?.Entry(name) is { Value: var value } && value is not YScalar { IsNull: true } ? value : null;

    public bool Accepts(YNode node)
    {
        var mapping = node as YMapping;
        foreach (var property in Properties)
        {
            var value = ValueOf(mapping, property.Name);
            if (value is null ? property.Required : !property.Schema.Accepts(value))
            {
                return false;
            }
        }

        foreach (var name in OtherRequired)
        {
            if (ValueOf(mapping, name) is null)
            {
                return false;
            }
        }

        return mapping is null || AcceptsFieldCountAndOtherFields(mapping);
    }

    public void Collect(YNode node, string path, SchemaNode owner, List<SchemaError> errors)
    {
        var mapping = node as YMapping;
        foreach (var property in Properties)
        {
            var value = ValueOf(mapping, property.Name);
            if (value is not null)
            {
                property.Schema.Collect(value, JsonPathText.Property(path, property.Name), errors);
            }
            else if (property.Required)
            {
                errors.Add(Missing(property.Name, node, path, owner));
            }
        }

        foreach (var name in OtherRequired)
        {
            if (ValueOf(mapping, name) is null)
            {
                errors.Add(Missing(name, node, path, owner));
            }
        }

        if (mapping is not null)
        {
            CollectFieldCountAndOtherFields(mapping, path, owner, errors);
        }
    }

    private static SchemaError Missing(string name, YNode node, string path, SchemaNode owner)
        => new(SchemaErrorKind.PropertyRequired, node, path, owner) { Property = name };

    private bool AcceptsFieldCountAndOtherFields(YMapping mapping)
    {
        var count = 0;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is YScalar { IsNull: true })
            {
                continue;
            }

            count++;
            if (!_names.Contains(entry.Key.Value) && (OtherFields is null ? !AllowsOtherFields : !OtherFields.Accepts(entry.Value)))
            {
                return false;
            }
        }

        return !(MaxProperties > 0 && count > MaxProperties) && !(MinProperties > 0 && count < MinProperties);
    }

    private void CollectFieldCountAndOtherFields(YMapping mapping, string path, SchemaNode owner, List<SchemaError> errors)
    {
        var count = mapping.Entries.Count(e => e.Value is not YScalar { IsNull: true });
        if (MaxProperties > 0 && count > MaxProperties)
        {
            errors.Add(new SchemaError(SchemaErrorKind.TooManyProperties, mapping, path, owner));
        }

        if (MinProperties > 0 && count < MinProperties)
        {
            errors.Add(new SchemaError(SchemaErrorKind.TooFewProperties, mapping, path, owner));
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is YScalar { IsNull: true } || _names.Contains(entry.Key.Value))
            {
                continue;
            }

            var fieldPath = JsonPathText.Property(path, entry.Key.Value);
            if (OtherFields is not null)
            {
                var fieldErrors = OtherFields.Collect(entry.Value, fieldPath);
                if (fieldErrors.Count > 0)
                {
                    errors.Add(new SchemaError(SchemaErrorKind.AdditionalPropertiesNotValid, entry.Value, fieldPath, OtherFields)
                    {
                        Property = entry.Key.Value,
                        Branches = [new SchemaBranch(OtherFields, fieldErrors)],
                    });
                }
            }
            else if (!AllowsOtherFields)
            {
                errors.Add(new SchemaError(SchemaErrorKind.NoAdditionalPropertiesAllowed, entry.Value, fieldPath, owner) { Property = entry.Key.Value, Key = entry.Key });
            }
        }
    }
}
