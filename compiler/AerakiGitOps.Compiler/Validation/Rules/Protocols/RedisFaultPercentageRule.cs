using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>
/// A RedisService fault without `percentage.value` is rendered with 0 % (as Aeraki does), so Envoy never injects
/// it: almost certainly not what was meant. An explicit 0 is left alone (a fault switched off on purpose).
/// </summary>
internal sealed class RedisFaultPercentageRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.RedisFaultWithoutPercentage];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var redis in model.Specs.RedisServices)
        {
            foreach (var fault in redis.Faults)
            {
                if (fault.Percentage is null)
                {
                    diagnostics.Report(DiagnosticCatalog.RedisFaultWithoutPercentage, fault.At, fault.Type, redis.Source.DisplayName);
                }
            }
        }
    }
}
