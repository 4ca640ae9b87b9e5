using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Tests.Model;

/// <summary>A Secret key becomes a file or environment variable name, never a value.</summary>
public sealed class SecretDataSourcesTests
{
    private static readonly SourceLocation At = SourceLocation.OfFile("mesh.yaml");

    [Fact]
    public void By_default_a_key_is_read_from_the_mounted_secret_file()
    {
        var source = SecretDataSources.For(SecretSettingsSpec.Files, "redis-auth", "redis", "password");
        Assert.Equal(DataSource.File("/etc/aeraki-gitops/secrets/redis-auth/password"), source);
    }

    [Fact]
    public void The_environment_default_names_a_variable_after_the_secret_and_key()
    {
        var settings = SecretSettingsSpec.Files with { Default = "environment" };
        Assert.Equal(DataSource.Environment("REDIS_AUTH_PASS_WORD"), SecretDataSources.For(settings, "redis-auth", "redis", "pass.word"));
    }

    [Fact]
    public void A_mapping_for_the_secrets_namespace_wins_over_one_for_any_namespace_and_over_the_default()
    {
        var settings = new SecretSettingsSpec("none", SecretSettingsSpec.DefaultDirectory, ImmutableArray.Create(
            new SecretMappingSpec("auth", null, null, "ANY_", At),
            new SecretMappingSpec("auth", "redis", "/etc/redis-auth", null, At)), At);

        Assert.Equal(DataSource.File("/etc/redis-auth/token"), SecretDataSources.For(settings, "auth", "redis", "token"));
        Assert.Equal(DataSource.Environment("ANY_TOKEN"), SecretDataSources.For(settings, "auth", "cache", "token"));
        Assert.Null(SecretDataSources.For(settings, "other", "redis", "token"));
    }
}
