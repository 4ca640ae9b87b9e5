using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>The keywords of lists: minItems, maxItems (0 means no bound) and the one schema every item must match (items).</summary>
internal sealed class ArrayRules(int minItems, int maxItems, SchemaNode? items)
{
    public int MinItems { get; } = minItems;

    public int MaxItems { get; } = maxItems;

    public SchemaNode? Items { get; } = items;

    public bool Accepts(YSequence sequence)
    {
        var count = sequence.Items.Length;
        if ((MinItems > 0 && count < MinItems) || (MaxItems > 0 && count > MaxItems))
        {
            return false;
        }

        if (Items is not null)
        {
            foreach (var item in sequence.Items)
            {
                if (!Items.Accepts(item))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public void Collect(YSequence sequence, string path, SchemaNode owner, List<SchemaError> errors)
    {
        var count = sequence.Items.Length;
        if (MinItems > 0 && count < MinItems)
        {
            errors.Add(new SchemaError(SchemaErrorKind.TooFewItems, sequence, path, owner));
        }

        if (MaxItems > 0 && count > MaxItems)
        {
            errors.Add(new SchemaError(SchemaErrorKind.TooManyItems, sequence, path, owner));
        }

        if (Items is null)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var item = sequence.Items[i];
            var itemPath = JsonPathText.Item(path, i);
            var itemErrors = Items.Collect(item, itemPath);
            if (itemErrors.Count > 0)
            {
                errors.Add(new SchemaError(SchemaErrorKind.ArrayItemNotValid, item, itemPath, Items) { Branches = [new SchemaBranch(Items, itemErrors)] });
            }
        }
    }
}
