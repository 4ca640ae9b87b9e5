using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Tests.Model;

public sealed class ProtocolDetectorTests
{
    [Theory]
    [InlineData("tcp-dubbo", ProtocolKind.Dubbo, null)]
    [InlineData("tcp-Dubbo-28001", ProtocolKind.Dubbo, null)]
    [InlineData("tcp-THRIFT", ProtocolKind.Thrift, null)]
    [InlineData("tcp-redis-6379", ProtocolKind.Redis, null)]
    [InlineData("tcp-metaprotocol-dubbo", ProtocolKind.MetaProtocol, "dubbo")]
    [InlineData("tcp-MetaProtocol-Trpc-echo", ProtocolKind.MetaProtocol, "Trpc")]
    [InlineData("tcp-metaprotocol", ProtocolKind.MetaProtocol, "")]
    [InlineData("Dubbo", ProtocolKind.Unsupported, null)]
    [InlineData("dubbo-tcp", ProtocolKind.Unsupported, null)]
    [InlineData("http-web", ProtocolKind.Unsupported, null)]
    [InlineData("", ProtocolKind.Unsupported, null)]
    [InlineData("tcp--dubbo", ProtocolKind.Unsupported, null)]
    public void The_second_dash_part_of_the_port_name_selects_the_protocol_and_the_third_the_application_protocol(
        string name, ProtocolKind protocol, string? applicationProtocol)
    {
        Assert.Equal((protocol, applicationProtocol), ProtocolDetector.Detect(name, null));
    }

    [Theory]
    [InlineData("tcp-metaprotocol-thrift", "tcp-dubbo", ProtocolKind.MetaProtocol, "thrift")]
    [InlineData("dubbo", "tcp-metaprotocol-thrift", ProtocolKind.Dubbo, null)]
    [InlineData("REDIS", "whatever", ProtocolKind.Redis, null)]
    [InlineData("kubernetes.io/h2c", "tcp-thrift", ProtocolKind.Thrift, null)]
    [InlineData("metaprotocol", "tcp-metaprotocol-dubbo", ProtocolKind.MetaProtocol, "dubbo")]
    [InlineData("", "tcp-dubbo", ProtocolKind.Dubbo, null)]
    public void An_app_protocol_is_read_before_the_port_name(string appProtocol, string name, ProtocolKind protocol, string? applicationProtocol)
    {
        Assert.Equal((protocol, applicationProtocol), ProtocolDetector.Detect(name, appProtocol));
    }
}
