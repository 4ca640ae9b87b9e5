using System.Collections.Immutable;

namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// The parts of an RDS route a reviewer cares about, read from the compiled proto. The lists are immutable
/// arrays of value records, compared element by element with SequenceEqual.
/// </summary>
public sealed record RouteSummary
{
    public required string Name { get; init; }

    /// <summary>0-based position in the route config.</summary>
    public required int Index { get; init; }

    public ImmutableArray<MatcherSummary> Matchers { get; init; } = [];

    /// <summary>True for weighted_clusters (even with one entry), false for a single cluster.</summary>
    public bool IsSplit { get; init; }

    public ImmutableArray<WeightedDestination> Destinations { get; init; } = [];

    public uint TotalWeight { get; init; }

    public ImmutableArray<MirrorSummary> Mirrors { get; init; } = [];

    public ImmutableArray<string> HashHeaders { get; init; } = [];

    public ImmutableArray<KeyValueSummary> RequestMutation { get; init; } = [];

    public ImmutableArray<KeyValueSummary> ResponseMutation { get; init; } = [];

    /// <summary>"name", or "#3" for an unnamed route (1-based position).</summary>
    public string DisplayName => Name.Length > 0 ? Name : $"#{Index + 1}";

    /// <summary>The share of requests a destination receives, in percent (0 when the weights add up to 0).</summary>
    public double PercentOf(WeightedDestination destination)
        => !IsSplit ? 100 : TotalWeight == 0 ? 0 : Math.Round(destination.Weight * 100.0 / TotalWeight, 4);
}
