namespace AerakiGitOps.Cli.Discovery;

/// <summary>The cluster could not be read (bad kubeconfig, unreachable API server, refused credentials); exit code 2.</summary>
public sealed class ClusterAccessException : Exception
{
    public ClusterAccessException()
    {
    }

    public ClusterAccessException(string message)
        : base(message)
    {
    }

    public ClusterAccessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
