using AerakiGitOps.Compiler.Rendering.Manifests;
using Envoy.Config.Route.V3;

namespace AerakiGitOps.Compiler.Rendering;

/// <summary>The render stage's output: manifests sorted by output path, and the RDS route configs.</summary>
public sealed record RenderedPolicy(IReadOnlyList<RenderedManifest> Manifests, IReadOnlyList<RouteConfiguration> RouteConfigs);
