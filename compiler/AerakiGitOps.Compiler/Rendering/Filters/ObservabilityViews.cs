namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>A file access log; exactly one of <see cref="TextFormat"/> and <see cref="JsonFormat"/> is set.</summary>
public sealed record AccessLogView(string Path, string? TextFormat, IReadOnlyList<KeyValuePair<string, string>>? JsonFormat);

/// <summary>Tracing sampling percentages.</summary>
public sealed record TracingView(double ClientSampling, double RandomSampling, double OverallSampling);
