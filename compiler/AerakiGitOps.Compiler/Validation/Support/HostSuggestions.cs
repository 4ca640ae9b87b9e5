using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Validation.Support;

/// <summary>
/// Finds the service a user probably meant when a host matches none exactly: the same host once made
/// fully qualified in the referring object's namespace, without a trailing dot, or compared case-insensitively.
/// </summary>
internal static class HostSuggestions
{
    /// <summary>" (did you mean 'x'?)" or an empty string.</summary>
    public static string For(PolicyModel model, string host, string ns)
    {
        var candidates = new[] { model.Fqdn(host, ns), host.TrimEnd('.'), model.Fqdn(host.TrimEnd('.'), ns) };
        foreach (var candidate in candidates)
        {
            if (candidate != host && model.ServiceFor(candidate) is { } service)
            {
                return $" (did you mean '{service.Host}'?)";
            }
        }

        var folded = model.ServiceIgnoringCase(host, candidates[2]);
        return folded is null ? string.Empty : $" (did you mean '{folded.Host}'?)";
    }
}
