using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Protos.Snapshot;
using Envoy.Config.Route.V3;

namespace AerakiGitOps.Compiler.RouteTests;

/// <summary>
/// Runs route tests against a compiled snapshot with the MetaProtocol proxy's semantics: the route config
/// `&lt;host&gt;_&lt;port&gt;`, its routes in order, the first route whose header matchers all match (AND) wins.
/// Works on the in-memory snapshot only, so what it checks is exactly what the reconciler would serve.
/// </summary>
public sealed class RouteTestEvaluator(RouteSnapshot snapshot)
{
    private readonly RouteConfigLookup _lookup = new(snapshot);

    public RouteTestReport Run(IEnumerable<RouteTestSpec> documents)
        => new([.. documents.SelectMany(d => d.Tests.Select(t => Run(d.Source.DisplayName, t)))]);

    public RouteTestResult Run(string document, RouteTestCaseSpec test)
    {
        var diagnostics = new DiagnosticBag();
        if (_lookup.Find(test, diagnostics) is { } config)
        {
            var evaluation = Evaluate(config, test.Request.Attributes);
            foreach (var (expected, actual) in ExpectationChecker.Mismatches(test.Expect, evaluation))
            {
                diagnostics.Report(DiagnosticCatalog.RouteTestFailed, test.At, test.Name, expected, actual);
            }
        }

        return new RouteTestResult(document, test.Name, test.At, diagnostics.ToSortedList());
    }

    /// <summary>The route a request with these attributes takes through the route config.</summary>
    public static RouteEvaluation Evaluate(RouteConfiguration config, IReadOnlyDictionary<string, string> attributes)
    {
        // The proxy reads exactly one virtual host ("dummy"); reading all in order is the same for valid configs.
        var index = 0;
        foreach (var route in config.VirtualHosts.SelectMany(v => v.Routes))
        {
            if (route.Match is null || route.Match.Headers.All(m => HeaderMatcherEvaluator.Matches(m, attributes)))
            {
                return new RouteEvaluation(config, route, index);
            }

            index++;
        }

        return new RouteEvaluation(config, null, -1);
    }
}
