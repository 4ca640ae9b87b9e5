using System.Collections.Immutable;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>
/// The request of a route test: the service host, the MetaProtocol port (null: the host's only MetaProtocol
/// port) and the request attributes the proxy's codec would extract (method, interface, ...).
/// </summary>
public sealed record RouteRequestSpec(string Host, uint? Port, ImmutableSortedDictionary<string, string> Attributes);
