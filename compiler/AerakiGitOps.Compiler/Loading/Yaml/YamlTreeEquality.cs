namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>
/// Whether two trees are the same to every later stage: same shapes, keys, values and scalar kinds, and
/// the same positions (diagnostics carry them). Used to tell an unchanged document of a re-parsed file
/// from a changed one.
/// </summary>
public static class YamlTreeEquality
{
    public static bool Same(YNode? a, YNode? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.At != b.At)
        {
            return false;
        }

        switch (a)
        {
            case YScalar scalar:
                return b is YScalar other && scalar.Kind == other.Kind && string.Equals(scalar.Value, other.Value, StringComparison.Ordinal);
            case YSequence sequence:
                if (b is not YSequence otherSequence || sequence.Items.Length != otherSequence.Items.Length)
                {
                    return false;
                }

                for (var i = 0; i < sequence.Items.Length; i++)
                {
                    if (!Same(sequence.Items[i], otherSequence.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            case YMapping mapping:
                if (b is not YMapping otherMapping || mapping.Entries.Length != otherMapping.Entries.Length)
                {
                    return false;
                }

                for (var i = 0; i < mapping.Entries.Length; i++)
                {
                    if (mapping.Entries[i].Key != otherMapping.Entries[i].Key || !Same(mapping.Entries[i].Value, otherMapping.Entries[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>Same object identity, kind and tree (see <see cref="Same(YNode?, YNode?)"/>).</summary>
    public static bool Same(PolicyDocument a, PolicyDocument b)
        => ReferenceEquals(a, b)
           || (a.Kind == b.Kind && a.At == b.At
               && string.Equals(a.ApiVersion, b.ApiVersion, StringComparison.Ordinal)
               && string.Equals(a.Name, b.Name, StringComparison.Ordinal)
               && string.Equals(a.Namespace, b.Namespace, StringComparison.Ordinal)
               && Same(a.Root, b.Root));
}
