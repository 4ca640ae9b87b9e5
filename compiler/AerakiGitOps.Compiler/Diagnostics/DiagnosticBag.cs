namespace AerakiGitOps.Compiler.Diagnostics;

/// <summary>Collects every diagnostic of a run; stages report into it instead of stopping at the first problem.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] arguments)
        => Add(Diagnostic.Create(descriptor, location, arguments));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Every diagnostic, sorted by file, line, column and id, without exact duplicates.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return _items
                .DistinctBy(d => (d.Id, d.Location, d.Message))
                .OrderBy(d => d.Location)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
