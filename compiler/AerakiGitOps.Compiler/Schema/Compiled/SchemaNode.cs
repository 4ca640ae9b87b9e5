using System.Numerics;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>
/// One compiled schema object: its type and the checker of each keyword group it uses (null when the
/// schema does not use that group). Built once by <see cref="SchemaCompiler"/>, immutable afterwards
/// and shared between threads; a <c>$ref</c> is the node of the definition it names.
/// <para>
/// Two walks over a YAML tree: <see cref="Accepts"/> only answers yes or no and allocates nothing (the
/// usual case: the document is valid); <see cref="Collect"/> gathers every error in the order and shape
/// the diagnostics are made from. Both follow JSON Schema draft-07 as NJsonSchema applies it: keywords
/// apply whatever the value's type, a value of another type only fails <c>type</c>.
/// </para>
/// </summary>
internal sealed class SchemaNode(string pointer)
{
    /// <summary>Where the node is in its schema file ("#/definitions/duration").</summary>
    public string Pointer { get; } = pointer;

    public JsonTypes Types { get; internal set; }

    public string? Description { get; internal set; }

    public Alternatives? Alternatives { get; internal set; }

    public EnumRule? Enum { get; internal set; }

    public ObjectRules? Object { get; internal set; }

    public ArrayRules? Array { get; internal set; }

    public StringRules? String { get; internal set; }

    public NumberRules? Number { get; internal set; }

    /// <summary>True when null is always accepted: the type or the enum allows null, or (untyped) a oneOf branch does.</summary>
    public bool IsNullable { get; internal set; }

    /// <summary>The field names an unknown field is compared with: the properties, then those of the allOf branches.</summary>
    public IEnumerable<string> KnownFields
        => (Object?.PropertyNames ?? []).Concat((Alternatives?.AllOf ?? []).SelectMany(branch => branch.KnownFields));

    private bool HasSeveralTypes => BitOperations.PopCount((uint)Types) > 1;

    /// <summary>True when <paramref name="node"/> passes every check of this schema.</summary>
    public bool Accepts(YNode node)
    {
        var kind = ValueKinds.Of(node);
        return (Alternatives is null || Alternatives.Accepts(node))
            && AcceptsType(node, kind)
            && (Enum is null || SkipsEnum(kind) || Enum.Accepts(node, kind))
            && (Object is null || SkipsObjectRules(kind) || Object.Accepts(node));
    }

    /// <summary>Adds every error of <paramref name="node"/> (at <paramref name="path"/>) to <paramref name="errors"/>.</summary>
    public void Collect(YNode node, string path, List<SchemaError> errors)
    {
        var kind = ValueKinds.Of(node);
        Alternatives?.Collect(node, path, this, errors);
        CollectType(node, path, kind, errors);
        if (Enum is not null && !SkipsEnum(kind) && !Enum.Accepts(node, kind))
        {
            errors.Add(new SchemaError(SchemaErrorKind.NotInEnumeration, node, path, this));
        }

        if (Object is not null && !SkipsObjectRules(kind))
        {
            Object.Collect(node, path, this, errors);
        }
    }

    /// <summary>The errors of <paramref name="node"/> in a new list.</summary>
    public List<SchemaError> Collect(YNode node, string path)
    {
        var errors = new List<SchemaError>();
        Collect(node, path, errors);
        return errors;
    }

    private bool SkipsEnum(ValueKind kind) => kind == ValueKind.Null && IsNullable;

    /// <summary>Field rules do not apply to a value that is not a mapping when the schema also allows null.</summary>
    private bool SkipsObjectRules(ValueKind kind) => kind != ValueKind.Object && Types.HasFlag(JsonTypes.Null);

    private bool AcceptsType(YNode node, ValueKind kind)
    {
        if (kind == ValueKind.Null && IsNullable)
        {
            return true;
        }

        if (!AcceptsValueRules(node, kind))
        {
            return false;
        }

        if (!HasSeveralTypes)
        {
            return !ValueKinds.Mismatches(Types, kind);
        }

        for (var bit = 1; bit <= (int)JsonTypes.String; bit <<= 1)
        {
            if (((int)Types & bit) != 0 && !ValueKinds.Mismatches((JsonTypes)bit, kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The keywords of the value's own type: items and counts, string length and pattern, numeric range.</summary>
    private bool AcceptsValueRules(YNode node, ValueKind kind) => kind switch
    {
        ValueKind.Array => Array is null || Array.Accepts((YSequence)node),
        ValueKind.String => String is null || String.Accepts(((YScalar)node).Value),
        ValueKind.Integer or ValueKind.Float => Number is null || Number.Accepts((YScalar)node, kind),
        _ => true,
    };

    private void CollectType(YNode node, string path, ValueKind kind, List<SchemaError> errors)
    {
        if (kind == ValueKind.Null && IsNullable)
        {
            return;
        }

        if (!HasSeveralTypes)
        {
            CollectTypePass(node, path, kind, Types, errors);
            return;
        }

        // Several types: the value must pass the checks of one of them; each type gets its own error list.
        var branches = new List<SchemaBranch>();
        foreach (var type in EachType())
        {
            var typeErrors = new List<SchemaError>();
            CollectTypePass(node, path, kind, type, typeErrors);
            branches.Add(new SchemaBranch(this, typeErrors));
        }

        if (branches.TrueForAll(b => b.Errors.Count > 0))
        {
            errors.Add(new SchemaError(SchemaErrorKind.NoTypeValidates, node, path, this) { Branches = branches });
        }
    }

    /// <summary>The checks of one type, in NJsonSchema's order: array, string, number, integer, boolean, null, object.</summary>
    private void CollectTypePass(YNode node, string path, ValueKind kind, JsonTypes type, List<SchemaError> errors)
    {
        if (kind == ValueKind.Array)
        {
            Array?.Collect((YSequence)node, path, this, errors);
        }
        else if (type.HasFlag(JsonTypes.Array))
        {
            errors.Add(new SchemaError(SchemaErrorKind.ArrayExpected, node, path, this));
        }

        if (kind == ValueKind.String)
        {
            String?.Collect((YScalar)node, path, this, errors);
        }
        else if (type.HasFlag(JsonTypes.String))
        {
            errors.Add(new SchemaError(SchemaErrorKind.StringExpected, node, path, this));
        }

        var isNumber = kind is ValueKind.Integer or ValueKind.Float;
        if (type.HasFlag(JsonTypes.Number) && !isNumber)
        {
            errors.Add(new SchemaError(SchemaErrorKind.NumberExpected, node, path, this));
        }

        if (isNumber)
        {
            Number?.Collect((YScalar)node, kind, path, this, errors);
        }

        AddIfMismatch(type, JsonTypes.Integer, kind == ValueKind.Integer, SchemaErrorKind.IntegerExpected, node, path, errors);
        AddIfMismatch(type, JsonTypes.Boolean, kind == ValueKind.Boolean, SchemaErrorKind.BooleanExpected, node, path, errors);
        AddIfMismatch(type, JsonTypes.Null, kind == ValueKind.Null, SchemaErrorKind.NullExpected, node, path, errors);
        AddIfMismatch(type, JsonTypes.Object, kind == ValueKind.Object, SchemaErrorKind.ObjectExpected, node, path, errors);
    }

    private void AddIfMismatch(JsonTypes type, JsonTypes wanted, bool has, SchemaErrorKind error, YNode node, string path, List<SchemaError> errors)
    {
        if (type.HasFlag(wanted) && !has)
        {
            errors.Add(new SchemaError(error, node, path, this));
        }
    }

    private IEnumerable<JsonTypes> EachType()
    {
        for (var bit = 1; bit <= (int)JsonTypes.String; bit <<= 1)
        {
            if (((int)Types & bit) != 0)
            {
                yield return (JsonTypes)bit;
            }
        }
    }

    public override string ToString() => Pointer;
}
