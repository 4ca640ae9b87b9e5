namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>The VirtualService that makes Istio open a gateway listener for a MetaProtocol server.</summary>
public sealed record GatewayVirtualServiceView(string Name, string Namespace, string Host, string Gateway, uint Port);
