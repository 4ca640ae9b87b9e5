using System.Buffers;
using System.Text;
using Envoy.Config.Core.V3;
using Envoy.Config.Route.V3;
using Envoy.Type.Matcher.V3;
using Envoy.Type.V3;

namespace AerakiGitOps.Compiler.Emit;

/// <summary>
/// A RouteConfiguration as canonical proto3 JSON, written field by field without reflection: the same bytes as
/// Google.Protobuf's <c>JsonFormatter</c> with two-space indentation (fields in number order, defaults left out,
/// oneof members and messages written whenever set, wrappers as their value, enums by name), at a fraction of its
/// cost and with nothing to warm up. It writes only strings it can copy verbatim; for any other string, or an enum
/// value without a name, <see cref="TryWrite"/> returns false and the caller formats with <c>JsonFormatter</c>.
/// <c>RouteJsonWriterTests</c> compare both on random configurations that set every field of every message.
/// </summary>
internal sealed class RouteJsonWriter
{
    /// <summary>Printable ASCII that every JSON encoder, JsonFormatter's included, writes as it is.</summary>
    private static readonly SearchValues<char> Verbatim = SearchValues.Create(
        " !#$%()*+,-./0123456789:;?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private readonly ArrayBufferWriter<byte> _output;
    private int _depth;
    private bool _empty = true; // nothing written yet in the innermost object or array
    private bool _failed;

    private RouteJsonWriter(ArrayBufferWriter<byte> output) => _output = output;

    /// <summary>Appends the JSON of <paramref name="config"/> (no final newline); false, with <paramref name="output"/> in an unknown state, when a value needs JsonFormatter.</summary>
    public static bool TryWrite(RouteConfiguration config, ArrayBufferWriter<byte> output)
    {
        var writer = new RouteJsonWriter(output);
        writer.Write(config);
        return !writer._failed;
    }

    private void Write(RouteConfiguration config)
    {
        BeginObject();
        Field("name", config.Name);
        Array("virtualHosts", config.VirtualHosts, Write);
        EndObject();
    }

    private void Write(VirtualHost host)
    {
        BeginObject();
        Field("name", host.Name);
        Array("domains", host.Domains, StringValue);
        Array("routes", host.Routes, Write);
        EndObject();
    }

    private void Write(Route route)
    {
        BeginObject();
        Message("match", route.Match, Write);
        if (route.ActionCase == Route.ActionOneofCase.Route_)
        {
            Message("route", route.Route_, Write);
        }

        Array("requestHeadersToAdd", route.RequestHeadersToAdd, Write);
        Array("responseHeadersToAdd", route.ResponseHeadersToAdd, Write);
        Field("name", route.Name);
        EndObject();
    }

    private void Write(RouteMatch match)
    {
        BeginObject();
        switch (match.PathSpecifierCase)
        {
            case RouteMatch.PathSpecifierOneofCase.Prefix:
                Member("prefix", match.Prefix);
                break;
            case RouteMatch.PathSpecifierOneofCase.Path:
                Member("path", match.Path);
                break;
        }

        Array("headers", match.Headers, Write);
        EndObject();
    }

    private void Write(HeaderMatcher matcher)
    {
        BeginObject();
        Field("name", matcher.Name);
        var kind = matcher.HeaderMatchSpecifierCase;
        if (kind == HeaderMatcher.HeaderMatchSpecifierOneofCase.ExactMatch)
        {
            Member("exactMatch", matcher.ExactMatch);
        }

        if (kind == HeaderMatcher.HeaderMatchSpecifierOneofCase.PresentMatch)
        {
            Member("presentMatch", matcher.PresentMatch);
        }

        Field("invertMatch", matcher.InvertMatch);
        switch (kind)
        {
            case HeaderMatcher.HeaderMatchSpecifierOneofCase.PrefixMatch:
                Member("prefixMatch", matcher.PrefixMatch);
                break;
            case HeaderMatcher.HeaderMatchSpecifierOneofCase.SuffixMatch:
                Member("suffixMatch", matcher.SuffixMatch);
                break;
            case HeaderMatcher.HeaderMatchSpecifierOneofCase.SafeRegexMatch:
                Message("safeRegexMatch", matcher.SafeRegexMatch, Write);
                break;
            case HeaderMatcher.HeaderMatchSpecifierOneofCase.StringMatch:
                Message("stringMatch", matcher.StringMatch, Write);
                break;
        }

        EndObject();
    }

    private void Write(RegexMatcher matcher)
    {
        BeginObject();
        if (matcher.EngineTypeCase == RegexMatcher.EngineTypeOneofCase.GoogleRe2)
        {
            Message("googleRe2", matcher.GoogleRe2, static (writer, _) => writer.EmptyObject());
        }

        Field("regex", matcher.Regex);
        EndObject();
    }

    private void Write(StringMatcher matcher)
    {
        BeginObject();
        switch (matcher.MatchPatternCase)
        {
            case StringMatcher.MatchPatternOneofCase.Exact:
                Member("exact", matcher.Exact);
                break;
            case StringMatcher.MatchPatternOneofCase.Prefix:
                Member("prefix", matcher.Prefix);
                break;
            case StringMatcher.MatchPatternOneofCase.Suffix:
                Member("suffix", matcher.Suffix);
                break;
            case StringMatcher.MatchPatternOneofCase.SafeRegex:
                Message("safeRegex", matcher.SafeRegex, Write);
                break;
        }

        Field("ignoreCase", matcher.IgnoreCase);
        if (matcher.MatchPatternCase == StringMatcher.MatchPatternOneofCase.Contains)
        {
            Member("contains", matcher.Contains);
        }

        EndObject();
    }

    private void Write(RouteAction action)
    {
        BeginObject();
        switch (action.ClusterSpecifierCase)
        {
            case RouteAction.ClusterSpecifierOneofCase.Cluster:
                Member("cluster", action.Cluster);
                break;
            case RouteAction.ClusterSpecifierOneofCase.WeightedClusters:
                Message("weightedClusters", action.WeightedClusters, Write);
                break;
        }

        Array("hashPolicy", action.HashPolicy, Write);
        Array("requestMirrorPolicies", action.RequestMirrorPolicies, Write);
        EndObject();
    }

    private void Write(WeightedCluster weighted)
    {
        BeginObject();
        Array("clusters", weighted.Clusters, Write);
        Wrapped("totalWeight", weighted.TotalWeight);
        EndObject();
    }

    private void Write(WeightedCluster.Types.ClusterWeight cluster)
    {
        BeginObject();
        Field("name", cluster.Name);
        Wrapped("weight", cluster.Weight);
        EndObject();
    }

    private void Write(RouteAction.Types.HashPolicy policy)
    {
        BeginObject();
        if (policy.PolicySpecifierCase == RouteAction.Types.HashPolicy.PolicySpecifierOneofCase.Header)
        {
            Message("header", policy.Header, static (writer, header) =>
            {
                writer.BeginObject();
                writer.Field("headerName", header.HeaderName);
                writer.EndObject();
            });
        }

        EndObject();
    }

    private void Write(RouteAction.Types.RequestMirrorPolicy mirror)
    {
        BeginObject();
        Field("cluster", mirror.Cluster);
        Message("runtimeFraction", mirror.RuntimeFraction, Write);
        EndObject();
    }

    private void Write(RuntimeFractionalPercent fraction)
    {
        BeginObject();
        Message("defaultValue", fraction.DefaultValue, Write);
        Field("runtimeKey", fraction.RuntimeKey);
        EndObject();
    }

    private void Write(FractionalPercent percent)
    {
        BeginObject();
        if (percent.Numerator != 0)
        {
            Member("numerator", percent.Numerator);
        }

        switch (percent.Denominator)
        {
            case FractionalPercent.Types.DenominatorType.Hundred:
                break; // the default: left out
            case FractionalPercent.Types.DenominatorType.TenThousand:
                Raw("denominator", "\"TEN_THOUSAND\""u8);
                break;
            case FractionalPercent.Types.DenominatorType.Million:
                Raw("denominator", "\"MILLION\""u8);
                break;
            default:
                _failed = true; // a number with no name: JsonFormatter writes it as a number
                break;
        }

        EndObject();
    }

    private void Write(HeaderValueOption option)
    {
        BeginObject();
        Message("header", option.Header, static (writer, header) =>
        {
            writer.BeginObject();
            writer.Field("key", header.Key);
            writer.Field("value", header.Value);
            writer.EndObject();
        });
        EndObject();
    }

    // A field without presence is left out at its default; a set oneof member, message or wrapper is always written.
    private void Field(string name, string value)
    {
        if (value.Length > 0)
        {
            Member(name, value);
        }
    }

    private void Field(string name, bool value)
    {
        if (value)
        {
            Member(name, value);
        }
    }

    private void Wrapped(string name, uint? value)
    {
        if (value is { } number)
        {
            Member(name, number);
        }
    }

    private void Message<T>(string name, T? message, Action<RouteJsonWriter, T> write)
        where T : class
    {
        if (message is not null)
        {
            Name(name);
            write(this, message);
        }
    }

    private void Message<T>(string name, T? message, Action<T> write)
        where T : class
    {
        if (message is not null)
        {
            Name(name);
            write(message);
        }
    }

    private void Array<T>(string name, IReadOnlyList<T> items, Action<T> write)
    {
        if (items.Count == 0)
        {
            return; // a repeated field is left out when empty
        }

        Name(name);
        Write("["u8);
        _depth++;
        for (var i = 0; i < items.Count; i++)
        {
            Write(i == 0 ? "\n"u8 : ",\n"u8);
            Indent();
            write(items[i]);
        }

        _depth--;
        Write("\n"u8);
        Indent();
        Write("]"u8);
    }

    private void Member(string name, string value)
    {
        Name(name);
        StringValue(value);
    }

    private void Member(string name, bool value) => Raw(name, value ? "true"u8 : "false"u8);

    private void Member(string name, uint value)
    {
        Name(name);
        var span = _output.GetSpan(10);
        value.TryFormat(span, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        _output.Advance(written);
    }

    private void Raw(string name, ReadOnlySpan<byte> value)
    {
        Name(name);
        Write(value);
    }

    private void StringValue(string value)
    {
        if (value.AsSpan().ContainsAnyExcept(Verbatim))
        {
            _failed = true; // JsonFormatter's escaping decides
            return;
        }

        Write("\""u8);
        var span = _output.GetSpan(value.Length);
        _output.Advance(Encoding.ASCII.GetBytes(value, span));
        Write("\""u8);
    }

    private void BeginObject()
    {
        Write("{"u8);
        _depth++;
        _empty = true;
    }

    private void EndObject()
    {
        _depth--;
        if (_empty)
        {
            Write("}"u8);
        }
        else
        {
            Write("\n"u8);
            Indent();
            Write("}"u8);
        }

        _empty = false;
    }

    private void EmptyObject()
    {
        BeginObject();
        EndObject();
    }

    private void Name(string name)
    {
        Write(_empty ? "\n"u8 : ",\n"u8);
        _empty = false;
        Indent();
        Write("\""u8);
        var span = _output.GetSpan(name.Length);
        _output.Advance(Encoding.ASCII.GetBytes(name, span));
        Write("\": "u8);
    }

    private void Indent()
    {
        var count = _depth * 2;
        _output.GetSpan(count)[..count].Fill((byte)' ');
        _output.Advance(count);
    }

    private void Write(ReadOnlySpan<byte> bytes) => _output.Write(bytes);
}
