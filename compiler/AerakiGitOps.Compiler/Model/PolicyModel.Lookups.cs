namespace AerakiGitOps.Compiler.Model;

/// <summary>Lookups only some rules need (gateway references, host suggestions), indexed on first use.</summary>
public sealed partial class PolicyModel
{
    private HashSet<(string Namespace, string Name)>? _gateways;
    private Dictionary<string, int>? _serviceIndexByFoldedHost;

    /// <summary>Whether a Gateway <paramref name="ns"/>/<paramref name="name"/> is in the repository.</summary>
    public bool HasGateway(string ns, string name)
        => LazyInitializer.EnsureInitialized(ref _gateways, () => [.. Specs.Gateways.Select(g => (g.Source.Namespace, g.Source.Name))]).Contains((ns, name));

    /// <summary>The first service (source order) whose host equals one of <paramref name="hosts"/> ignoring case.</summary>
    public ServiceModel? ServiceIgnoringCase(params ReadOnlySpan<string> hosts)
    {
        var index = LazyInitializer.EnsureInitialized(ref _serviceIndexByFoldedHost, () =>
        {
            var byHost = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < Services.Length; i++)
            {
                byHost.TryAdd(Services[i].Host, i);
            }

            return byHost;
        });
        var first = int.MaxValue;
        foreach (var host in hosts)
        {
            if (index.TryGetValue(host, out var i) && i < first)
            {
                first = i;
            }
        }

        return first == int.MaxValue ? null : Services[first];
    }
}
