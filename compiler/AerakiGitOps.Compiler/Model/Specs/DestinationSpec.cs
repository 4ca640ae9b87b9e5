using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>A MetaRouter destination: host, optional subset and optional port number (0 = the route config's port).</summary>
public sealed record DestinationSpec(string Host, string Subset, uint Port, SourceLocation At);

/// <summary>One entry of a route's destination list; <see cref="Weight"/> is null when the field is absent.</summary>
public sealed record WeightedDestinationSpec(DestinationSpec? Destination, uint? Weight, SourceLocation At);

/// <summary>A request or response mutation.</summary>
public sealed record KeyValueSpec(string Key, string Value, SourceLocation At);
