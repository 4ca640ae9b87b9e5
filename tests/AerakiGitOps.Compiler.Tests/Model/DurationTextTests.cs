using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Tests.Model;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("100ms", "0.100s")]
    [InlineData("1m30s", "90s")]
    [InlineData("0.100s", "0.100s")]
    [InlineData("0.1s", "0.100s")]
    [InlineData("60s", "60s")]
    [InlineData("1h", "3600s")]
    [InlineData("1.5s", "1.500s")]
    [InlineData("1us", "0.000001s")]
    [InlineData("1µs", "0.000001s")]
    [InlineData("250us", "0.000250s")]
    [InlineData("1ns", "0.000000001s")]
    [InlineData("1s1ns", "1.000000001s")]
    [InlineData("0s", "0s")]
    [InlineData("2h45m", "9900s")]
    [InlineData("87660000h", "315576000000s")]
    public void Go_and_protobuf_durations_become_protobuf_json(string text, string expected)
    {
        Assert.Equal(expected, DurationText.ToProtoJson(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("-1s")]
    [InlineData("1 s")]
    [InlineData("s")]
    [InlineData("1d")]
    [InlineData("1.s")]
    [InlineData("1S")]
    [InlineData("1s ")]
    [InlineData("99999999999999999999999999999999h")]
    [InlineData("9999999999999999999999999999h")]
    [InlineData("87660001h")]
    public void Anything_else_is_not_a_duration(string? text)
    {
        Assert.Null(DurationText.ToProtoJson(text));
        Assert.Null(DurationText.ParseNanos(text));
    }

    [Fact]
    public void Parsing_adds_every_part_in_nanoseconds()
    {
        Assert.Equal(5_400_000_000_000m + 1_000_000m, DurationText.ParseNanos("1h30m1ms"));
    }
}
