namespace AerakiGitOps.Compiler.Validation;

/// <summary>The one place every semantic rule is registered, in the order they run.</summary>
public static class RuleRegistry
{
    public static IReadOnlyList<IPolicyRule> All { get; } =
    [
    ];
}
