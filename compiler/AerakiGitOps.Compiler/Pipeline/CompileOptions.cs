using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Schema;
using AerakiGitOps.Compiler.Validation;

namespace AerakiGitOps.Compiler.Pipeline;

/// <summary>Settings of one compilation.</summary>
public sealed record CompileOptions
{
    /// <summary>Namespace of objects that name none, as with `kubectl apply -n`.</summary>
    public string DefaultNamespace { get; init; } = "default";

    public ModelSettings Model { get; init; } = new();

    public YamlLimits Limits { get; init; } = YamlLimits.Default;

    /// <summary>The schema stage; null skips it (tests of later stages only).</summary>
    public ISchemaValidator? SchemaValidator { get; init; } = SchemaValidators.Default;

    /// <summary>
    /// Skips building the output tree (manifest and snapshot file text). <c>serve</c> only needs
    /// <see cref="CompilationResult.Snapshot"/>, and the text costs about a fifth of a one-file recompile.
    /// </summary>
    public bool SnapshotOnly { get; init; }

    /// <summary>Reuses per-file parse and schema results across compilations (keyed by git blob id or content hash).</summary>
    public ParseCache? Cache { get; init; }

    /// <summary>
    /// Reuses rendered manifests across compilations (keyed by template and full view content): a
    /// long-running process sets one so that a commit re-renders only the manifests whose views changed.
    /// </summary>
    public RenderCache? RenderCache { get; init; }

    /// <summary>Per-MetaRouter rule findings kept between compilations (the reconciler keeps one); null in one-shot runs.</summary>
    public RuleCache? RuleCache { get; init; }

    /// <summary>
    /// Render plain-text passwords written in policies (Redis auth.plain) into manifests. Off by default:
    /// a plain-text password is then an error and is never written; with it on, it is a warning.
    /// </summary>
    public bool AllowPlaintextSecrets { get; init; }
}
