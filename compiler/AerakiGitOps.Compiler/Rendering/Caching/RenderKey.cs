using System.Runtime.CompilerServices;
using AerakiGitOps.Compiler.Rendering.Filters;
using Scriban;

namespace AerakiGitOps.Compiler.Rendering.Caching;

/// <summary>
/// Everything a rendered manifest depends on: the parsed template (by identity), the identity the
/// parse-back checks (kind, name, namespace) and the full content of the view. Equality compares all of
/// it, byte for byte; the hash only picks the bucket.
/// </summary>
internal sealed class RenderKey : IEquatable<RenderKey>
{
    private readonly Template _template;
    private readonly string _kind;
    private readonly string _name;
    private readonly string _namespace;
    private readonly byte[] _view;
    private readonly int _hash;

    private RenderKey(Template template, PlannedManifest planned, byte[] view)
    {
        (_template, _kind, _name, _namespace, _view) = (template, planned.Kind, planned.Name, planned.Namespace, view);
        var hash = default(HashCode);
        hash.Add(RuntimeHelpers.GetHashCode(template));
        hash.Add(_kind, StringComparer.Ordinal);
        hash.Add(_name, StringComparer.Ordinal);
        hash.Add(_namespace, StringComparer.Ordinal);
        hash.AddBytes(view);
        _hash = hash.ToHashCode();
    }

    /// <summary>The key of a planned manifest, or null when its view cannot be described completely (it is then always rendered).</summary>
    public static RenderKey? Of(Template template, PlannedManifest planned)
        => ViewContent.Of(planned.View) is { } view ? new RenderKey(template, planned, view) : null;

    /// <summary>Bytes this key holds on to, for the cache's size figure.</summary>
    public int Size => _view.Length;

    public bool Equals(RenderKey? other)
        => other is not null
           && _hash == other._hash
           && ReferenceEquals(_template, other._template)
           && string.Equals(_kind, other._kind, StringComparison.Ordinal)
           && string.Equals(_name, other._name, StringComparison.Ordinal)
           && string.Equals(_namespace, other._namespace, StringComparison.Ordinal)
           && _view.AsSpan().SequenceEqual(other._view);

    public override bool Equals(object? obj) => Equals(obj as RenderKey);

    public override int GetHashCode() => _hash;
}
