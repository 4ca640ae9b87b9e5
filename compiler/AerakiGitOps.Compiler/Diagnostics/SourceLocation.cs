namespace AerakiGitOps.Compiler.Diagnostics;

/// <summary>
/// A point in a policy file: the path relative to the policy root (always with forward slashes),
/// and a 1-based line and column. Line 0 means "the file as a whole". A value, not an object: every YAML node
/// carries one, and a large repository has millions of nodes for the garbage collector to trace.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column) : IComparable<SourceLocation>
{
    /// <summary>A location for diagnostics that concern the whole run rather than one file.</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0, 0);

    /// <summary>A location for a whole file.</summary>
    public static SourceLocation OfFile(string file) => new(file, 0, 0);

    public int CompareTo(SourceLocation other)
    {
        var byFile = string.CompareOrdinal(File, other.File);
        if (byFile != 0)
        {
            return byFile;
        }

        return Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);
    }

    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}
