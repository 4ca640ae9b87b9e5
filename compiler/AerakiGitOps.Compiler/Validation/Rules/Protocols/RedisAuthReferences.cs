using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>Every Redis auth block of the repository with the document it is in.</summary>
internal static class RedisAuthReferences
{
    public static IEnumerable<(PolicyDocument Source, RedisAuthSpec Auth)> All(PolicyModel model)
    {
        foreach (var redis in model.Specs.RedisServices)
        {
            if (redis.Settings?.Auth is { } auth)
            {
                yield return (redis.Source, auth);
            }
        }

        foreach (var destination in model.Specs.RedisDestinations)
        {
            if (destination.ConnectionPool?.Auth is { } auth)
            {
                yield return (destination.Source, auth);
            }
        }
    }
}
