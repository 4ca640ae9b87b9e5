using System.Collections.Immutable;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model;

/// <summary>Application protocol to MetaProtocol codec: dubbo and thrift are built in, ApplicationProtocol objects add more.</summary>
public sealed class CodecRegistry
{
    private static readonly ImmutableSortedDictionary<string, string> BuiltIn = new Dictionary<string, string>
    {
        ["dubbo"] = "aeraki.meta_protocol.codec.dubbo",
        ["thrift"] = "aeraki.meta_protocol.codec.thrift",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    private readonly ImmutableSortedDictionary<string, string> _codecs;

    private CodecRegistry(ImmutableSortedDictionary<string, string> codecs) => _codecs = codecs;

    /// <summary>Built-ins overridden by ApplicationProtocols in source order (a later one wins, as in Aeraki).</summary>
    public static CodecRegistry From(IEnumerable<ApplicationProtocolSpec> protocols)
    {
        var codecs = BuiltIn.ToBuilder();
        foreach (var protocol in protocols.Where(p => p.Protocol.Length > 0 && p.Codec.Length > 0))
        {
            codecs[protocol.Protocol] = protocol.Codec;
        }

        return new CodecRegistry(codecs.ToImmutable());
    }

    public string? CodecFor(string applicationProtocol) => _codecs.GetValueOrDefault(applicationProtocol);
}
