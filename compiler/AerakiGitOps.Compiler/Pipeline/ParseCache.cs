using System.Collections.Concurrent;
using System.Security.Cryptography;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Pipeline;

/// <summary>
/// Per-file results of the load and schema stages, keyed by path and content identity (git blob id, or
/// the SHA-256 of the bytes), so recompiling a commit that changed one file parses only that file.
/// Entries not used by the latest compilation are dropped by <see cref="Retain"/>.
/// </summary>
public sealed class ParseCache
{
    private readonly ConcurrentDictionary<string, FileResult> _entries = new(StringComparer.Ordinal);

    /// <summary>The documents of a file that passed their schema, and every diagnostic the file produced.</summary>
    public sealed record FileResult(IReadOnlyList<PolicyDocument> ValidDocuments, IReadOnlyList<Diagnostic> Diagnostics);

    public int Count => _entries.Count;

    public static string KeyOf(PolicyFile file, string defaultNamespace)
        => $"{defaultNamespace}\n{file.Path}\n{file.BlobId ?? Convert.ToHexStringLower(SHA256.HashData(file.Content.Span))}";

    public FileResult GetOrAdd(string key, Func<FileResult> compute) => _entries.GetOrAdd(key, _ => compute());

    public void Retain(IReadOnlySet<string> keys)
    {
        foreach (var key in _entries.Keys.Where(k => !keys.Contains(k)))
        {
            _entries.TryRemove(key, out _);
        }
    }
}
