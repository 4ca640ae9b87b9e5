using System.Runtime.CompilerServices;
using Scriban;

namespace AerakiGitOps.Compiler.Rendering.Caching;

/// <summary>
/// Which manifest a cache entry is for: the parsed template (by identity) and the identity the parse-back
/// checks (kind, name, namespace). The entry also holds the view content it was rendered from, compared byte
/// for byte on every lookup, so an entry is only reused for exactly the same view.
/// </summary>
internal readonly struct RenderKey(Template template, string kind, string name, string ns) : IEquatable<RenderKey>
{
    private readonly Template _template = template;
    private readonly string _kind = kind;
    private readonly string _name = name;
    private readonly string _namespace = ns;

    public bool Equals(RenderKey other)
        => ReferenceEquals(_template, other._template)
           && string.Equals(_name, other._name, StringComparison.Ordinal)
           && string.Equals(_namespace, other._namespace, StringComparison.Ordinal)
           && string.Equals(_kind, other._kind, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is RenderKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(_template), _kind, _name, _namespace);
}
