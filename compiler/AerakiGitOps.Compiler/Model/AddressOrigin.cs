namespace AerakiGitOps.Compiler.Model;

/// <summary>Where a service's addresses came from; decides whether an outbound filter can be generated.</summary>
public enum AddressOrigin
{
    /// <summary>ServiceEntry.addresses or a Kubernetes Service's clusterIP in the manifest.</summary>
    Declared,

    /// <summary>The addresses lock file written by `discover`.</summary>
    LockFile,

    /// <summary>A virtual IP from 240.240.0.0/16 allocated by the compiler (ServiceEntries only).</summary>
    Allocated,

    /// <summary>A Kubernetes Service whose ClusterIP git does not know.</summary>
    Unknown,

    /// <summary>A headless Service or a ServiceEntry with resolution NONE: no VIP, no outbound listener.</summary>
    None,
}
