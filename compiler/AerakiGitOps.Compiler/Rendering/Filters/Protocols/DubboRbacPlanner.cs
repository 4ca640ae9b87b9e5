using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>
/// Turns the DubboAuthorizationPolicies of a namespace into RBAC filters the way Aeraki (through Istio's
/// authorization model) does: one filter per action, DENY before ALLOW; a policy per rule named
/// ns[&lt;ns&gt;]-policy[&lt;name&gt;]-rule[&lt;i&gt;] after the policy the rule belongs to (Aeraki names it after
/// the policy at the rule's index, a shadowing bug); one principal per from and one permission per to.
/// </summary>
internal static class DubboRbacPlanner
{
    public const string SpiffePrefix = "spiffe://";

    public static IReadOnlyList<RbacFilterView> Filters(IReadOnlyList<DubboAuthorizationPolicySpec> policies)
    {
        var filters = new List<RbacFilterView>();
        foreach (var action in new[] { "DENY", "ALLOW" })
        {
            var matching = policies.Where(p => p.Action == action).ToList();
            if (matching.Count > 0)
            {
                var named = matching.SelectMany(Policies).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
                filters.Add(new RbacFilterView(action, named));
            }
        }

        return filters;
    }

    private static IEnumerable<RbacPolicyView> Policies(DubboAuthorizationPolicySpec policy)
        => policy.Rules.Select((rule, i) => new RbacPolicyView(
            $"ns[{policy.Source.Namespace}]-policy[{policy.Source.Name}]-rule[{i}]",
            rule.To.IsDefaultOrEmpty ? [RbacNodeView.And([RbacNodeView.Any])] : rule.To.Select(Permission).ToList(),
            rule.From.IsDefaultOrEmpty ? [RbacNodeView.And([RbacNodeView.Any])] : rule.From.Select(Principal).ToList()));

    /// <summary>Conditions in Istio's order: methods, then interfaces; each is or(values) and not(or(notValues)).</summary>
    private static RbacNodeView Permission(DubboOperationSpec operation)
    {
        var conditions = Condition(operation.Methods, operation.NotMethods, v => RbacNodeView.Metadata("method", RbacValueMatcher.For(v)))
            .Concat(Condition(operation.Interfaces, operation.NotInterfaces, v => RbacNodeView.Metadata("service", RbacValueMatcher.For(v))))
            .ToList();
        return RbacNodeView.And(conditions.Count > 0 ? conditions : [RbacNodeView.Any]);
    }

    /// <summary>Conditions in Istio's order: principals, then namespaces.</summary>
    private static RbacNodeView Principal(DubboSourceSpec source)
    {
        var conditions = Condition(source.Principals, source.NotPrincipals, v => RbacNodeView.Principal(RbacValueMatcher.For(v, SpiffePrefix)))
            .Concat(Condition(source.Namespaces, source.NotNamespaces, v => RbacNodeView.Principal(RbacValueMatcher.Namespace(v))))
            .ToList();
        return RbacNodeView.And(conditions.Count > 0 ? conditions : [RbacNodeView.Any]);
    }

    private static IEnumerable<RbacNodeView> Condition(IReadOnlyList<string> values, IReadOnlyList<string> notValues, Func<string, RbacNodeView> node)
    {
        if (values.Count > 0)
        {
            yield return RbacNodeView.Or(values.Select(node).ToList());
        }

        if (notValues.Count > 0)
        {
            yield return RbacNodeView.Not(RbacNodeView.Or(notValues.Select(node).ToList()));
        }
    }
}
