using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>
/// A RouteTest document (aeraki-gitops.io/v1alpha1): requests and the route each must take. Route tests are
/// inputs of `aeraki-gitops test` only; they never change what is rendered.
/// </summary>
public sealed record RouteTestSpec(PolicyDocument Source, ImmutableArray<RouteTestCaseSpec> Tests);
