using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Validation;

/// <summary>
/// One semantic rule. Rules are small, independent and registered in <see cref="RuleRegistry"/>; each
/// declares the descriptors it may report so tests can check every id is covered.
/// </summary>
public interface IPolicyRule
{
    /// <summary>Every descriptor this rule can report.</summary>
    IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Reports every problem found; never throws on user input.</summary>
    void Check(PolicyModel model, DiagnosticBag diagnostics);
}
