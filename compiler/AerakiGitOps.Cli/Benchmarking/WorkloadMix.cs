namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>Which protocols the generated services speak.</summary>
public enum WorkloadMix
{
    /// <summary>Every service is a MetaProtocol service with a MetaRouter (the figures in docs/performance.md).</summary>
    MetaProtocol,

    /// <summary>Seven in ten MetaProtocol; one in ten each native Dubbo, native Thrift and Redis.</summary>
    AllProtocols,
}
