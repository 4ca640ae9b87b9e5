using System.Collections.Immutable;

namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// One RDS route config that differs, with its routes that differ (every route of an added or removed config).
/// A changed config with no route entries differs outside its routes (the virtual host).
/// </summary>
public sealed record RouteConfigDiff(string Name, ChangeKind Change, ImmutableArray<RouteDiff> Routes);
