using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>
/// The two Kestrel listeners, captured at configuration time: Kestrel writes the real port into
/// them when it binds, which is how port 0 (used by tests) becomes a known address.
/// </summary>
internal sealed class XdsEndpoints
{
    public ListenOptions? Xds { get; set; }

    public ListenOptions? Http { get; set; }
}
