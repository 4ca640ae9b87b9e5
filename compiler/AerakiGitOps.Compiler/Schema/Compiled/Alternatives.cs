using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>The combining keywords of a schema: anyOf, allOf, oneOf and not, checked in that order.</summary>
internal sealed class Alternatives(SchemaNode[]? anyOf, SchemaNode[]? allOf, SchemaNode[]? oneOf, SchemaNode? not)
{
    public SchemaNode[]? AnyOf { get; } = anyOf;

    public SchemaNode[]? AllOf { get; } = allOf;

    public SchemaNode[]? OneOf { get; } = oneOf;

    public SchemaNode? Not { get; } = not;

    public bool Accepts(YNode node)
    {
        if (AnyOf is not null && CountAccepting(AnyOf, node) == 0)
        {
            return false;
        }

        if (AllOf is not null && CountAccepting(AllOf, node) != AllOf.Length)
        {
            return false;
        }

        if (OneOf is not null && CountAccepting(OneOf, node) != 1)
        {
            return false;
        }

        return Not is null || !Not.Accepts(node);
    }

    public void Collect(YNode node, string path, SchemaNode owner, List<SchemaError> errors)
    {
        if (AnyOf is not null)
        {
            var branches = CollectEach(AnyOf, node, path);
            if (branches.TrueForAll(b => b.Errors.Count > 0))
            {
                errors.Add(new SchemaError(SchemaErrorKind.NotAnyOf, node, path, owner) { Branches = branches });
            }
        }

        if (AllOf is not null)
        {
            var branches = CollectEach(AllOf, node, path);
            if (branches.Exists(b => b.Errors.Count > 0))
            {
                errors.Add(new SchemaError(SchemaErrorKind.NotAllOf, node, path, owner) { Branches = branches });
            }
        }

        if (OneOf is not null)
        {
            var branches = CollectEach(OneOf, node, path);
            if (branches.Count(b => b.Errors.Count == 0) != 1)
            {
                errors.Add(new SchemaError(SchemaErrorKind.NotOneOf, node, path, owner) { Branches = branches });
            }
        }

        if (Not is not null && Not.Accepts(node))
        {
            errors.Add(new SchemaError(SchemaErrorKind.ExcludedSchemaValidates, node, path, owner));
        }
    }

    private static int CountAccepting(SchemaNode[] branches, YNode node)
    {
        var count = 0;
        foreach (var branch in branches)
        {
            if (branch.Accepts(node))
            {
                count++;
            }
        }

        return count;
    }

    private static List<SchemaBranch> CollectEach(SchemaNode[] branches, YNode node, string path)
        => [.. branches.Select(branch => new SchemaBranch(branch, branch.Collect(node, path)))];
}
