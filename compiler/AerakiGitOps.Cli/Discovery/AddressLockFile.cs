using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Cli.Discovery;

/// <summary>
/// Where the lock file lives (the file of the existing AddressLock document, else
/// &lt;policy root&gt;/aeraki-gitops.lock.yaml), what it records now, and how it is replaced: only when the
/// facts change, through a temporary sibling renamed over it, so readers never see half a file.
/// </summary>
public sealed record AddressLockFile(string FullPath, string RelativePath, bool Exists, LockedHosts Current)
{
    /// <summary>Finds the lock file of a compiled policy folder; reports AGO7003/AGO7004 and returns null when it cannot be rewritten safely.</summary>
    public static AddressLockFile? Locate(PolicyModel model, string policyRoot, DiagnosticBag diagnostics)
    {
        var locks = model.Specs.AddressLocks;
        if (locks.Length > 1)
        {
            diagnostics.Report(DiagnosticCatalog.DiscoverSeveralLockFiles, locks[1].Source.At, string.Join(", ", locks.Select(l => l.Source.At)));
            return null;
        }

        var relative = locks.Length == 1 ? locks[0].Source.File : AddressLockFormat.FileName;
        var full = Path.Combine(Path.GetFullPath(policyRoot), relative.Replace('/', Path.DirectorySeparatorChar));
        if (File.Exists(full) && DocumentCount(relative, full) > (locks.Length == 1 ? 1 : 0))
        {
            diagnostics.Report(DiagnosticCatalog.DiscoverLockFileShared, SourceLocation.OfFile(relative), relative);
            return null;
        }

        var current = locks.Length == 1
            ? new LockedHosts(locks[0].Hosts
                .Where(h => h.Host.Length > 0)
                .GroupBy(h => h.Host, StringComparer.Ordinal)
                .Select(g => KeyValuePair.Create(g.Key, g.First().Addresses)))
            : LockedHosts.Empty;
        var duplicates = locks.Length == 1 && locks[0].Hosts.Length != current.Count;
        return new AddressLockFile(full, relative, File.Exists(full), current) { HasDuplicates = duplicates };
    }

    /// <summary>The file lists a host twice (rewriting it would change it even with the same facts).</summary>
    public bool HasDuplicates { get; init; }

    /// <summary>Whether <paramref name="next"/> needs the file (re)written: new facts, or a first lock with something in it.</summary>
    public bool NeedsWrite(LockedHosts next) => Exists ? HasDuplicates || !Current.SameAs(next) : next.Count > 0;

    /// <summary>Replaces the file atomically with the canonical form of <paramref name="next"/>.</summary>
    public void Write(LockedHosts next)
    {
        DurableFiles.WriteAtomically(FullPath, AddressLockFormat.Bytes(next));
    }

    private static int DocumentCount(string relative, string full)
        => YamlTreeReader.Default.Read(relative, File.ReadAllText(full), new DiagnosticBag()).Count;
}
