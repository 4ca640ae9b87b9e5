using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Validation;

namespace AerakiGitOps.Compiler.Tests.Validation;

/// <summary>Every rule is registered once, every id is unique, and every descriptor a rule declares is covered by a test row.</summary>
public sealed class RuleRegistryTests
{
    [Fact]
    public void EveryRuleTypeIsRegisteredExactlyOnce()
    {
        var registered = RuleRegistry.All.Select(r => r.GetType()).ToList();
        Assert.Equal(registered.Count, registered.Distinct().Count());

        var declared = typeof(IPolicyRule).Assembly.GetTypes()
            .Where(t => typeof(IPolicyRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .ToList();
        Assert.Equal(declared.OrderBy(t => t.FullName), registered.OrderBy(t => t.FullName));
    }

    [Fact]
    public void EveryDiagnosticIdIsUniqueAndWellFormed()
    {
        var ids = DiagnosticCatalog.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^AGO[1-9][0-9]{3}$", id));
    }

    [Fact]
    public void EveryRuleDescriptorIsInTheCatalogAndInTheRuleRange()
    {
        foreach (var descriptor in RuleRegistry.All.SelectMany(r => r.Descriptors))
        {
            Assert.Contains(descriptor, DiagnosticCatalog.All);
            Assert.StartsWith("AGO3", descriptor.Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryRuleDescriptorIsReportedByAtLeastOneTableRow()
    {
        // The table theories assert expected == actual, so an id expected by some row is one the rules really report.
        var expected = MetaRouterRuleTests.Cases.Select(row => (string[])row[2])
            .Concat(CrossReferenceRuleTests.Cases.Select(row => (string[])row[2]))
            .Concat(ProtocolRuleTests.Cases.Select(row => (string[])row[2]))
            // AGO3514 needs --allow-plaintext-secrets, which the tables do not set: a fact of ProtocolRuleTests asserts it.
            .Append(["AGO3514 16:30"])
            .SelectMany(ids => ids)
            .Select(entry => entry[..entry.IndexOf(' ', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);

        var uncovered = RuleRegistry.All.SelectMany(r => r.Descriptors).Select(d => d.Id).Where(id => !expected.Contains(id)).Distinct().Order().ToList();
        Assert.True(uncovered.Count == 0, $"no test row reports: {string.Join(", ", uncovered)}");
    }

    [Fact]
    public void EveryRuleCatalogEntryBelongsToARule()
    {
        var declared = RuleRegistry.All.SelectMany(r => r.Descriptors).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        // Rules own AGO3001-AGO3599 (DiagnosticCatalog.Rules.cs and DiagnosticCatalog.Protocols.cs).
        var orphans = DiagnosticCatalog.All
            .Where(d => string.CompareOrdinal(d.Id, "AGO3001") >= 0 && string.CompareOrdinal(d.Id, "AGO3599") <= 0 && !declared.Contains(d.Id))
            .Select(d => d.Id)
            .ToList();
        Assert.True(orphans.Count == 0, $"catalog ids no rule declares: {string.Join(", ", orphans)}");
    }
}
