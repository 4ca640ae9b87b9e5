namespace AerakiGitOps.Compiler.Validation.Re2;

/// <summary>
/// A pattern rewritten from RE2 into .NET syntax, or the RE2 error that stopped the rewrite.
/// <see cref="OriginalIndexes"/> holds, for every character of <see cref="Pattern"/>, the index of the
/// RE2 character it came from, so .NET parse errors can be reported at the user's column.
/// </summary>
internal sealed record Re2Translation(string Pattern, IReadOnlyList<int> OriginalIndexes, Re2SyntaxError? Error)
{
    /// <summary>The 1-based column in the RE2 pattern of a 0-based index in the translated pattern.</summary>
    public int OriginalColumn(int translatedIndex)
        => OriginalIndexes.Count == 0 ? 1 : OriginalIndexes[Math.Clamp(translatedIndex, 0, OriginalIndexes.Count - 1)] + 1;
}
