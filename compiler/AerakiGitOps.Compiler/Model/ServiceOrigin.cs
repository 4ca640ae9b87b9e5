namespace AerakiGitOps.Compiler.Model;

/// <summary>Which kind of object declared a service.</summary>
public enum ServiceOrigin
{
    ServiceEntry,
    KubernetesService,
}
