namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>
/// A node of an RBAC permission or principal tree. <see cref="Kind"/> is any, and, or, not (with
/// <see cref="Children"/>), metadata (a Dubbo request attribute <see cref="Key"/>: service or method) or
/// principal (the peer's authenticated principal name); the last two carry a <see cref="Matcher"/>.
/// </summary>
public sealed record RbacNodeView(string Kind, IReadOnlyList<RbacNodeView> Children, string Key, StringMatcherView? Matcher)
{
    public static RbacNodeView Any { get; } = new("any", [], string.Empty, null);

    public static RbacNodeView And(IReadOnlyList<RbacNodeView> children) => new("and", children, string.Empty, null);

    public static RbacNodeView Or(IReadOnlyList<RbacNodeView> children) => new("or", children, string.Empty, null);

    public static RbacNodeView Not(RbacNodeView child) => new("not", [child], string.Empty, null);

    public static RbacNodeView Metadata(string key, StringMatcherView matcher) => new("metadata", [], key, matcher);

    public static RbacNodeView Principal(StringMatcherView matcher) => new("principal", [], string.Empty, matcher);
}
