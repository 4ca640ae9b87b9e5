namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>One RBAC policy: it applies when any permission and any principal match.</summary>
public sealed record RbacPolicyView(string Name, IReadOnlyList<RbacNodeView> Permissions, IReadOnlyList<RbacNodeView> Principals);
