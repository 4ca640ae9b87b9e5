using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Validation;

namespace AerakiGitOps.Xds.Sources;

/// <summary>
/// Polls a git repository (path or URL) at a ref and compiles every new commit in process with
/// <see cref="PolicyCompiler"/>. Per-file parse results are kept between commits in a
/// <see cref="ParseCache"/> keyed by git blob id, so a one-file change re-parses one file.
/// </summary>
/// <remarks>
/// A commit is compiled once: polling the same commit again is Unchanged, whether it compiled or
/// failed, so a broken commit is reported once and the last good snapshot keeps being served.
/// </remarks>
public sealed class GitSnapshotSource : ISnapshotSource, IDisposable
{
    private readonly string repository;
    private readonly string reference;
    private readonly string? path;
    private readonly PolicyCompiler compiler;
    private readonly BlobContentCache blobs;
    private readonly GitMirror mirror;
    private readonly CompileWindow window = new();
    private string? lastCommit;

    /// <summary>Creates the source; nothing is read until the first poll.</summary>
    /// <param name="repository">Local path or clone URL (<c>--source</c>).</param>
    /// <param name="reference">Branch, tag or commit (<c>--ref</c>).</param>
    /// <param name="path">Folder inside the repository holding the policies (<c>--path</c>), or null.</param>
    /// <param name="compileOptions">Compiler settings; its parse, render and rule caches are replaced by the source's own, and only the snapshot is built.</param>
    public GitSnapshotSource(string repository, string reference, string? path, CompileOptions compileOptions)
    {
        ArgumentNullException.ThrowIfNull(compileOptions);
        this.repository = repository;
        this.reference = reference;
        this.path = path;
        compiler = new PolicyCompiler(compileOptions with { Cache = new ParseCache(), RenderCache = new RenderCache(), RuleCache = new RuleCache(), SnapshotOnly = true });
        blobs = new BlobContentCache();
        mirror = new GitMirror(repository);
    }

    /// <summary>Stage timings of the latest compilation (load counts only files not found in the parse cache); null before one.</summary>
    public StageTimings? LastTimings { get; private set; }

    /// <summary>Whether the latest compile ran in a no-GC region, and the GC pauses during it (<see cref="CompileWindow"/>).</summary>
    public (bool InRegion, TimeSpan GcPauses) LastCompileGc => window.Last;

    /// <inheritdoc />
    public string Description => $"git {GitRepositories.Redact(repository)}@{reference}{(path is null ? "" : ":" + path)}";

    /// <inheritdoc />
    public Task<SnapshotLoadResult> LoadAsync(CancellationToken cancellationToken) =>
        Task.Run(Load, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => mirror.Dispose();

    private SnapshotLoadResult Load()
    {
        string commit;
        string localPath;
        try
        {
            localPath = mirror.Update();
            commit = GitMirror.Resolve(localPath, reference);
        }
        catch (PolicySourceException ex)
        {
            return SnapshotLoadResult.Failed("", ex.Message);
        }

        if (commit == lastCommit)
        {
            return SnapshotLoadResult.Unchanged;
        }

        lastCommit = commit;
        CompilationResult result;
        try
        {
            // The commit id, not the ref: the ref may move while this compilation runs.
            result = window.Run(() => compiler.Compile(new GitPolicySource(localPath, commit, path, blobs: blobs)));
            LastTimings = result.Timings;
        }
        catch (PolicySourceException ex)
        {
            return SnapshotLoadResult.Failed(commit, ex.Message);
        }

        if (result.HasErrors || result.Snapshot is null)
        {
            var text = string.Join('\n', result.Diagnostics.Select(d => d.ToString()));
            return SnapshotLoadResult.Failed(commit, text.Length > 0 ? text : "the compiler produced no snapshot");
        }

        return SnapshotLoadResult.Loaded(result.Snapshot);
    }
}
