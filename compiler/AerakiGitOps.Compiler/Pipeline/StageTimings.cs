namespace AerakiGitOps.Compiler.Pipeline;

/// <summary>Wall time of each pipeline stage of one compilation, for `--timings` and the benchmarks.</summary>
public sealed record StageTimings(TimeSpan Load, TimeSpan Schema, TimeSpan Model, TimeSpan Rules, TimeSpan Render, TimeSpan Emit)
{
    /// <summary>Reading the source (folder walk or git tree) before the load stage; zero when content was given.</summary>
    public TimeSpan Read { get; init; }

    public TimeSpan Total => Load + Schema + Model + Rules + Render + Emit;
}
