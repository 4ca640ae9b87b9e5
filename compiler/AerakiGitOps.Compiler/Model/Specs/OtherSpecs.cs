using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>An ApplicationProtocol: maps a MetaProtocol application protocol to its codec.</summary>
public sealed record ApplicationProtocolSpec(PolicyDocument Source, string Protocol, string Codec);

/// <summary>The mesh settings that feed access logs and tracing (Istio MeshConfig field names) and Secret data sources (ours).</summary>
public sealed record MeshSettingsSpec(
    PolicyDocument? Source,
    string AccessLogFile,
    string AccessLogEncoding,
    string? AccessLogFormat,
    bool EnableTracing,
    double? TracingSampling,
    SecretSettingsSpec Secrets)
{
    /// <summary>No access log, no tracing, Secrets as mounted files: what applies when the repository has no MeshSettings.</summary>
    public static MeshSettingsSpec Default { get; } = new(null, string.Empty, "TEXT", null, false, null, SecretSettingsSpec.Files);
}

/// <summary>One host's addresses as recorded by `discover`.</summary>
public sealed record LockedHostSpec(string Host, ImmutableArray<string> Addresses, SourceLocation At);

/// <summary>The addresses lock file (aeraki-gitops.lock.yaml).</summary>
public sealed record AddressLockSpec(PolicyDocument Source, ImmutableArray<LockedHostSpec> Hosts);
