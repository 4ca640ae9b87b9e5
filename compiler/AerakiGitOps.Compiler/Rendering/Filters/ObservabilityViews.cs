using AerakiGitOps.Compiler.Rendering.Caching;

namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>A file access log; exactly one of <see cref="TextFormat"/> and <see cref="JsonFormat"/> is set. Built once per render and never changed (shared by every filter).</summary>
public sealed record AccessLogView(string Path, string? TextFormat, IReadOnlyList<KeyValuePair<string, string>>? JsonFormat) : ISharedViewPart;

/// <summary>Tracing sampling percentages. Built once per render and never changed (shared by every filter).</summary>
public sealed record TracingView(double ClientSampling, double RandomSampling, double OverallSampling) : ISharedViewPart;
