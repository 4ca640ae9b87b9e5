using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model.Binding;

/// <summary>Binds ApplicationProtocol, MeshSettings and AddressLock documents.</summary>
internal static class SettingsBinder
{
    public static ApplicationProtocolSpec BindApplicationProtocol(PolicyDocument document)
    {
        var spec = document.Root.Map("spec");
        return new ApplicationProtocolSpec(document, spec.Str("protocol") ?? string.Empty, spec.Str("codec") ?? string.Empty);
    }

    public static MeshSettingsSpec BindMeshSettings(PolicyDocument document)
    {
        var spec = document.Root.Map("spec");
        return new MeshSettingsSpec(
            document,
            spec.Str("accessLogFile") ?? string.Empty,
            spec.Str("accessLogEncoding") ?? "TEXT",
            spec.Str("accessLogFormat"),
            spec.Bool("enableTracing") ?? false,
            spec.Map("defaultConfig").Map("tracing") is { } tracing ? tracing.Number("sampling") ?? 0 : null,
            BindSecrets(spec.Map("secrets")));
    }

    private static SecretSettingsSpec BindSecrets(YMapping? secrets) => secrets is null
        ? SecretSettingsSpec.Files
        : new SecretSettingsSpec(
            secrets.Str("default") ?? "file",
            secrets.Str("directory") is { Length: > 0 } directory ? directory.TrimEnd('/') : SecretSettingsSpec.DefaultDirectory,
            secrets.Maps("mappings").Select(m => new SecretMappingSpec(
                m.Str("secret") ?? string.Empty,
                m.Str("namespace"),
                m.Str("directory")?.TrimEnd('/'),
                m.Str("environmentPrefix"),
                m.At)).ToImmutableArray(),
            secrets.At);

    public static AddressLockSpec BindAddressLock(PolicyDocument document)
        => new(document, document.Root.Maps("hosts").Select(h => new LockedHostSpec(h.Str("host") ?? string.Empty, h.Strings("addresses"), h.At)).ToImmutableArray());
}
