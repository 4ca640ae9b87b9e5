namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>An envoy.filters.dubbo.rbac filter: one action and its named policies (sorted by name).</summary>
public sealed record RbacFilterView(string Action, IReadOnlyList<RbacPolicyView> Policies)
{
    /// <summary>ALLOW is the proto default and is omitted, as protobuf JSON (and so Aeraki) does.</summary>
    public bool IsDeny => Action == "DENY";
}
