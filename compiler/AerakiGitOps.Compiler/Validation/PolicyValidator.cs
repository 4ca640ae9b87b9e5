using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Validation;

/// <summary>
/// Runs every registered rule over the model and collects all their diagnostics. Rules only read the
/// (immutable) model, so they run in parallel; the bag sorts diagnostics, so the report does not depend
/// on which rule finished first.
/// </summary>
public static class PolicyValidator
{
    public static void Validate(PolicyModel model, DiagnosticBag diagnostics, IReadOnlyList<IPolicyRule>? rules = null)
        => Parallel.ForEach(rules ?? RuleRegistry.All, rule => rule.Check(model, diagnostics));
}
