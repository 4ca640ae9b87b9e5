using System.Buffers;
using System.Text;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Protos.Snapshot;
using Envoy.Config.Route.V3;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace AerakiGitOps.Compiler.Tests.Emit;

/// <summary>
/// The reflection-free route JSON against Google.Protobuf's JsonFormatter, the definition of canonical proto3 JSON:
/// seeded random RouteConfigurations that between them set every field of every message a route config can hold
/// (a field the writer forgot shows up as a difference), with strings that the writer copies and strings it leaves
/// to JsonFormatter.
/// </summary>
public sealed class RouteJsonWriterTests
{
    private static readonly string[] Safe = [.. "abcXYZ019 -_./:|*^$()[]{}?+,;@!#%~`".Select(c => c.ToString())];
    private static readonly string[] Unsafe = ["\"", "\\", "<", ">", "&", "=", "'", "\u00e9", "\n", "\t", "\u2028", "\U0001F600"];

    private static readonly JsonFormatter Reference = new(JsonFormatter.Settings.Default.WithIndentation("  "));

    private sealed class Generator(int seed, bool unsafeStrings)
    {
        private readonly Random _random = new(seed);

        public HashSet<string> FieldsSet { get; } = new(StringComparer.Ordinal);

        public RouteConfiguration Config()
        {
            var config = new RouteConfiguration();
            Fill(config, depth: 0);
            return config;
        }

        private void Fill(IMessage message, int depth)
        {
            var descriptor = message.Descriptor;
            var chosen = descriptor.Oneofs.ToDictionary(o => o, o => _random.Next(o.Fields.Count + 1) is var pick && pick < o.Fields.Count ? o.Fields[pick] : null);
            foreach (var field in descriptor.Fields.InDeclarationOrder())
            {
                if (field.RealContainingOneof is { } oneof ? chosen[oneof] != field : _random.Next(4) == 0)
                {
                    continue;
                }

                FieldsSet.Add($"{descriptor.FullName}.{field.Name}");
                if (field.IsRepeated)
                {
                    var list = (System.Collections.IList)field.Accessor.GetValue(message);
                    for (var i = _random.Next(1, 4); i > 0; i--)
                    {
                        list.Add(Value(field, depth));
                    }
                }
                else
                {
                    field.Accessor.SetValue(message, Value(field, depth));
                }
            }
        }

        private object Value(FieldDescriptor field, int depth)
        {
            switch (field.FieldType)
            {
                case FieldType.String:
                    return Text();
                case FieldType.Bool:
                    return _random.Next(2) == 0;
                case FieldType.UInt32:
                    return (uint)(_random.Next(3) == 0 ? 0 : _random.Next(1, 1_000_001));
                case FieldType.Enum:
                    return _random.Next(10) == 0 ? 7 : field.EnumType.Values[_random.Next(field.EnumType.Values.Count)].Number;
                case FieldType.Message when field.MessageType.FullName == "google.protobuf.UInt32Value":
                    return (uint)_random.Next(0, 101);
                case FieldType.Message:
                    var message = field.MessageType.Parser.ParseFrom(ByteString.Empty);
                    if (depth < 8)
                    {
                        Fill(message, depth + 1);
                    }

                    return message;
                default:
                    throw new InvalidOperationException($"the test does not generate {field.FieldType} ({field.FullName}): extend it with the writer");
            }
        }

        private string Text()
        {
            var alphabet = unsafeStrings && _random.Next(8) == 0 ? [.. Safe, .. Unsafe] : Safe;
            var length = _random.Next(0, 12);
            var text = new StringBuilder();
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[_random.Next(alphabet.Length)]);
            }

            return text.ToString();
        }
    }

    private static IEnumerable<string> ReachableFields(MessageDescriptor descriptor, HashSet<string> seen)
    {
        if (!seen.Add(descriptor.FullName) || descriptor.FullName.StartsWith("google.protobuf.", StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (var field in descriptor.Fields.InDeclarationOrder())
        {
            yield return $"{descriptor.FullName}.{field.Name}";
            if (field.FieldType == FieldType.Message)
            {
                foreach (var nested in ReachableFields(field.MessageType, seen))
                {
                    yield return nested;
                }
            }
        }
    }

    [Fact]
    public void Random_route_configs_with_every_field_set_somewhere_give_the_bytes_of_JsonFormatter()
    {
        var generator = new Generator(20261201, unsafeStrings: true);
        var written = 0;
        for (var i = 0; i < 1500; i++)
        {
            var route = new SnapshotRoute { Name = "r", RouteConfig = generator.Config() };
            var expected = Reference.Format(route.RouteConfig) + "\n";

            Assert.Equal(expected, Encoding.UTF8.GetString(SnapshotFiles.RouteJsonBytes(route)));
            written += RouteJsonWriter.TryWrite(route.RouteConfig, new ArrayBufferWriter<byte>()) ? 1 : 0;
        }

        Assert.Equal(ReachableFields(RouteConfiguration.Descriptor, []).Order(StringComparer.Ordinal), generator.FieldsSet.Order(StringComparer.Ordinal));
        Assert.InRange(written, 100, 1400); // both paths were taken: the writer's own and JsonFormatter's
    }

    [Fact]
    public void Route_configs_with_only_plain_strings_and_named_values_are_written_without_JsonFormatter()
    {
        var generator = new Generator(7, unsafeStrings: false);
        for (var i = 0; i < 300; i++)
        {
            var config = generator.Config();
            var output = new ArrayBufferWriter<byte>();
            if (ContainsUnnamedEnum(config))
            {
                continue;
            }

            Assert.True(RouteJsonWriter.TryWrite(config, output), Reference.Format(config));
            Assert.Equal(Reference.Format(config), Encoding.UTF8.GetString(output.WrittenSpan));
        }
    }

    private static bool ContainsUnnamedEnum(IMessage message)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var value = field.Accessor.GetValue(message);
            switch (value)
            {
                case IMessage nested when ContainsUnnamedEnum(nested):
                    return true;
                case System.Collections.IList list when list.OfType<IMessage>().Any(ContainsUnnamedEnum):
                    return true;
                case Enum named when !Enum.IsDefined(named.GetType(), named):
                    return true;
            }
        }

        return false;
    }
}
