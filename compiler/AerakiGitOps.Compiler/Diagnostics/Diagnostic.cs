using System.Globalization;

namespace AerakiGitOps.Compiler.Diagnostics;

/// <summary>One reported problem: a descriptor, where it happened and the message arguments.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, IReadOnlyList<object?> Arguments)
{
    public string Id => Descriptor.Id;

    public Severity Severity => Descriptor.Severity;

    public string Message => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, Arguments.ToArray());

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] arguments)
        => new(descriptor, location, arguments);

    /// <summary>The one-line form every editor and CI log parser understands.</summary>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLowerInvariant();
        var where = Location.File.Length == 0 ? "aeraki-gitops" : Location.ToString();
        return $"{where}: {severity} {Id}: {Message}";
    }
}
