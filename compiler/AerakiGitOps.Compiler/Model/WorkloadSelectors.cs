using System.Collections.Immutable;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model;

/// <summary>Derives a ServiceEntry's inbound workload selector the way Aeraki does.</summary>
public static class WorkloadSelectors
{
    /// <summary>spec.workloadSelector.labels, else the annotation `workloadSelector` ("x" means app=x, "k: v" means k=v).</summary>
    public static ImmutableSortedDictionary<string, string> ForServiceEntry(ServiceEntrySpec entry)
    {
        if (entry.WorkloadSelector.Count > 0)
        {
            return entry.WorkloadSelector;
        }

        var empty = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        if (!entry.Meta.Annotations.TryGetValue("workloadSelector", out var annotation) || string.IsNullOrWhiteSpace(annotation))
        {
            return empty;
        }

        var compact = annotation.Replace(" ", string.Empty, StringComparison.Ordinal);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? empty.Add("app", compact)
            : empty.Add(compact[..colon], compact[(colon + 1)..]);
    }
}
