namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// Names clusters the way people talk about them: `outbound|20880|v2|org.apache.dubbo.samples.basic.api.demoservice`
/// is "v2 of demoservice", `outbound|9090||thrift-sample-server.meta-thrift.svc.cluster.local` is "thrift-sample-server".
/// </summary>
public static class ClusterDescriptions
{
    // Reverse-domain hosts (Dubbo interface names, Java packages) put the distinctive word last.
    private static readonly HashSet<string> TopLevelDomains = new(["com", "org", "net", "io", "cn", "edu", "gov", "dev", "app", "co"], StringComparer.Ordinal);

    public static string Describe(string cluster)
    {
        var parts = cluster.Split('|');
        if (parts.Length != 4 || parts[0] != "outbound" || parts[3].Length == 0)
        {
            return cluster;
        }

        var host = ShortHost(parts[3]);
        return parts[2].Length == 0 ? host : $"{parts[2]} of {host}";
    }

    /// <summary>
    /// The first label of a host (the Service name of `name.namespace.svc.cluster.local`), or the last label of a
    /// reverse-domain host such as `org.apache.dubbo.samples.basic.api.demoservice`.
    /// </summary>
    public static string ShortHost(string host)
    {
        var labels = host.Split('.');
        if (labels.Length > 2 && TopLevelDomains.Contains(labels[0]) && !host.Contains(".svc.", StringComparison.Ordinal))
        {
            return labels[^1];
        }

        return labels[0];
    }
}
