using System.Globalization;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Routes;

/// <summary>mirrorPercentage needs a mirror and lies in (0, 100] (Aeraki's webhook; a mirror alone means 100%).</summary>
internal sealed class MirrorPercentageRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticCatalog.MirrorPercentageWithoutMirror, DiagnosticCatalog.MirrorPercentageOutOfRange];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < router.Routes.Length; i++)
        {
            var route = router.Routes[i];
            if (route.MirrorPercentage is not { } percentage)
            {
                continue;
            }

            var node = YamlLocator.MappingAt(router.Source, route.At)?["mirrorPercentage"];
            if (route.Mirror is null)
            {
                diagnostics.Report(DiagnosticCatalog.MirrorPercentageWithoutMirror, node?.At ?? route.At, RouteNames.Of(route, i));
            }

            if (percentage is <= 0 or > 100)
            {
                var at = (node as YMapping)?["value"]?.At ?? route.At;
                diagnostics.Report(DiagnosticCatalog.MirrorPercentageOutOfRange, at, percentage.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
