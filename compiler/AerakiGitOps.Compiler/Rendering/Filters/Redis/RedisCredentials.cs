using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>A password and optional username as data sources.</summary>
public sealed record RedisCredentials(DataSource? Password, DataSource? Username)
{
    public static RedisCredentials None { get; } = new(null, null);

    /// <summary>
    /// A Secret reference becomes data sources (the username only when usernameField names its key: a
    /// missing file would make Envoy reject the whole listener). Plain text is used only when allowed;
    /// empty values are omitted, as Aeraki does.
    /// </summary>
    public static RedisCredentials From(RedisAuthSpec? auth, string ns, SecretSettingsSpec secrets, bool allowPlaintext)
    {
        if (auth?.Secret is { Name.Length: > 0 } secret)
        {
            return new RedisCredentials(
                SecretDataSources.For(secrets, secret.Name, ns, secret.PasswordKey),
                string.IsNullOrEmpty(secret.UsernameField) ? null : SecretDataSources.For(secrets, secret.Name, ns, secret.UsernameField));
        }

        if (auth?.Plain is { } plain && allowPlaintext)
        {
            return new RedisCredentials(
                plain.Password.Length > 0 ? DataSource.Inline(plain.Password) : null,
                plain.Username.Length > 0 ? DataSource.Inline(plain.Username) : null);
        }

        return None;
    }
}
