using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>
/// The <c>enum</c> keyword. Values are compared as text, as NJsonSchema does (the string "80" equals the
/// number 80). A mapping or a list never matches: the compiler rejects enum strings that could spell one.
/// </summary>
internal sealed class EnumRule(IReadOnlyList<object?> values)
{
    private readonly string?[] _texts = [.. values.Select(v => v?.ToString())];

    /// <summary>The allowed values as the schema writes them (string, long, BigInteger, double, bool or null).</summary>
    public IReadOnlyList<object?> Values { get; } = values;

    /// <summary>True when null is one of the allowed values.</summary>
    public bool AllowsNull => Values.Contains(null);

    public bool Accepts(YNode node, ValueKind kind)
    {
        if (node is not YScalar scalar)
        {
            return false;
        }

        var text = ValueKinds.EnumText(scalar, kind);
        foreach (var allowed in _texts)
        {
            if (string.Equals(allowed, text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
