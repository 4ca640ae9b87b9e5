using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model.Binding;

/// <summary>Binds a RouteTest document; every test keeps the position of its entry for failure reports.</summary>
internal static class RouteTestBinder
{
    public static RouteTestSpec Bind(PolicyDocument document)
        => new(document, document.Root.Map("spec").Maps("tests").Select(BindCase).ToImmutableArray());

    private static RouteTestCaseSpec BindCase(YMapping test)
    {
        var request = test.Map("request");
        var port = request.UInt("port");
        return new RouteTestCaseSpec(
            test.Str("name") ?? string.Empty,
            new RouteRequestSpec(request.Str("host") ?? string.Empty, port, request.StringMap("attributes")),
            BindExpectation(test.Map("expect")),
            test.At);
    }

    private static RouteExpectationSpec BindExpectation(YMapping? expect)
    {
        var weighted = expect.Maps("weightedClusters")
            .Select(w => new ExpectedWeightSpec(w.Str("cluster") ?? string.Empty, w.UInt("weight") ?? 0))
            .ToImmutableArray();
        ImmutableArray<string>? hashPolicy = expect?["hashPolicy"] is YSequence ? expect.Strings("hashPolicy") : null;
        var mirror = expect.Map("mirror") is { } m ? new ExpectedMirrorSpec(m.Str("cluster") ?? string.Empty, m.Number("percentage")) : null;
        return new RouteExpectationSpec(expect.Str("cluster"), weighted, expect.Bool("noRoute") ?? false, expect.Str("route"), hashPolicy, mirror);
    }
}
