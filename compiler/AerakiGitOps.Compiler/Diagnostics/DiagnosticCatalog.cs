using System.Reflection;

namespace AerakiGitOps.Compiler.Diagnostics;

/// <summary>
/// Every diagnostic the compiler can report, one descriptor per id. Ids are stable and never reused;
/// a retired id stays here as a comment. Ranges: AGO1xxx loading, AGO2xxx schema, AGO3xxx model and
/// semantic rules, AGO4xxx rendering, AGO5xxx emitting, AGO6xxx route tests, AGO9xxx internal. Each area lives in its own
/// partial file.
/// </summary>
public static partial class DiagnosticCatalog
{
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> AllDescriptors = new(() =>
        typeof(DiagnosticCatalog)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(DiagnosticDescriptor))
            .Select(p => (DiagnosticDescriptor)p.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList());

    /// <summary>All descriptors, sorted by id.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => AllDescriptors.Value;

    private static DiagnosticDescriptor Error(string id, string title, string format) => new(id, title, Severity.Error, format);

    private static DiagnosticDescriptor Warning(string id, string title, string format) => new(id, title, Severity.Warning, format);
}
