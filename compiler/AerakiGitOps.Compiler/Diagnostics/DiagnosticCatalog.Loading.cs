namespace AerakiGitOps.Compiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static DiagnosticDescriptor YamlSyntax { get; } = Error("AGO1001", "YAML syntax error", "YAML syntax error: {0}");

    public static DiagnosticDescriptor DuplicateKey { get; } = Error("AGO1002", "Duplicate mapping key", "duplicate key '{0}' (first defined at line {1}); remove one of them");

    public static DiagnosticDescriptor AliasExpansionTooLarge { get; } = Error("AGO1003", "Alias expansion too large", "expanding anchors and aliases would create more than {0} nodes; this document is ignored");

    public static DiagnosticDescriptor NestingTooDeep { get; } = Error("AGO1004", "Nesting too deep", "the document nests deeper than {0} levels; this document and the rest of its file are ignored");

    public static DiagnosticDescriptor NotUtf8 { get; } = Error("AGO1005", "File is not UTF-8", "the file is not valid UTF-8 (invalid byte at offset {0}); save it as UTF-8");

    public static DiagnosticDescriptor UnknownKind { get; } = Warning("AGO1006", "Unknown kind", "kind '{0}' with apiVersion '{1}' is not a policy aeraki-gitops reads; the document is ignored");

    public static DiagnosticDescriptor DocumentNotMapping { get; } = Error("AGO1007", "Document is not a mapping", "a policy document must be a mapping with apiVersion, kind and metadata, not a {0}");

    public static DiagnosticDescriptor MissingTypeMeta { get; } = Error("AGO1008", "Missing apiVersion or kind", "the document has no '{0}'; every policy document needs apiVersion and kind");

    public static DiagnosticDescriptor MissingName { get; } = Error("AGO1009", "Missing metadata.name", "{0} has no metadata.name");

    public static DiagnosticDescriptor UnreadableFile { get; } = Error("AGO1010", "Unreadable policy file", "cannot read the policy file: {0}");

    public static DiagnosticDescriptor FileTooLarge { get; } = Error("AGO1011", "Policy file too large", "the file is {0} bytes, more than the limit of {1} bytes; split it");

    public static DiagnosticDescriptor InvalidLockFile { get; } = Error("AGO1012", "Invalid addresses lock file", "the addresses lock file is invalid: {0}");

    public static DiagnosticDescriptor DuplicateMeshSettings { get; } = Error("AGO1013", "Several mesh settings documents", "only one MeshSettings document is allowed; another one is at {0}");

    public static DiagnosticDescriptor LinkOutsideRoot { get; } = Error("AGO1014", "Link leaves the policy root", "'{0}' is a symbolic link that points outside the policy root; it is ignored");

    public static DiagnosticDescriptor UnsupportedApiVersion { get; } = Error("AGO1015", "Unsupported apiVersion", "{0} is not supported with apiVersion '{1}'; use one of: {2}");

    public static DiagnosticDescriptor NoPolicyFiles { get; } = Warning("AGO1016", "No policy files", "no *.yaml or *.yml files were found below '{0}'");
}
