namespace AerakiGitOps.Xds.Server;

/// <summary>What <c>/debug/clients</c> shows for one stream.</summary>
/// <param name="StreamId">Server-assigned id, unique within this process.</param>
/// <param name="Api">RDS or ADS.</param>
/// <param name="Mode">"sotw" or "delta".</param>
/// <param name="Peer">The remote address as gRPC reports it.</param>
/// <param name="NodeId">The node id from the first request that carried a node.</param>
/// <param name="SubscribedNames">Route-config names subscribed, sorted.</param>
/// <param name="LastVersionSent">version_info (SotW) or system_version_info (delta) of the latest response.</param>
/// <param name="LastVersionAcked">The version the client last ACKed.</param>
/// <param name="LastNackMessage">error_detail.message of the latest NACK.</param>
/// <param name="ConnectedAt">When the stream opened.</param>
public sealed record XdsClientInfo(
    long StreamId,
    string Api,
    string Mode,
    string Peer,
    string? NodeId,
    IReadOnlyList<string> SubscribedNames,
    string? LastVersionSent,
    string? LastVersionAcked,
    string? LastNackMessage,
    DateTimeOffset ConnectedAt);
